"""Federal referral API."""
from county_mmis_bridge import settings
from county_mmis_bridge.clients.base import JsonApiClient


class EidClient(JsonApiClient):
    base_url = settings.EID_API_BASE
    timeout = 15.0

    def refer(self, body: dict) -> dict:
        return self._post("referrals", body)
