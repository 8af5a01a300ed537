"""Concrete API clients: the ICE ERO subject intake and the Georgia MMIS."""
from .settings import DCH_MMIS_BASE, ERO_REFERRAL_BASE
from .transport import JsonApiClient


class EroReferralClient(JsonApiClient):
    """ERO subject intake; callers hand it finished packets."""

    def submit_subject(self, packet):
        return self._post(f"{ERO_REFERRAL_BASE}/subjects", packet)

    def submit_match(self, body):
        return self._post(f"{ERO_REFERRAL_BASE}/matches", body)

    def best_candidate(self, medicaid_id):
        return self._get(f"{ERO_REFERRAL_BASE}/candidates", params={"medicaid_id": medicaid_id})


class MmisClient(JsonApiClient):
    """Georgia MMIS member API (state government host)."""

    def get_member(self, medicaid_id):
        return self._get(f"{DCH_MMIS_BASE}/members/{medicaid_id}")

    def push_status(self, body):
        return self._post(f"{DCH_MMIS_BASE}/referral-status", body)
