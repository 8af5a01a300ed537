"""Federal referral endpoint."""
from ..settings import ENDPOINTS
from .base import ApiClient


class EidReferralClient(ApiClient):
    base_url = ENDPOINTS["ice_eid"]

    def refer(self, body: dict) -> dict:
        return self.post_json("referrals", body)
