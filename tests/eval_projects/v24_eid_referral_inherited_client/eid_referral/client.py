"""Clients for the two systems a referral touches."""
from . import settings
from .transport import JsonTransport


class IceEidClient(JsonTransport):
    """ICE Enforcement Integrated Database (EID) referral intake."""

    base_url = settings.ICE_EID_BASE_URL
    timeout = settings.REQUEST_TIMEOUT_S

    def submit_referral(self, packet):
        return self.post_json(settings.REFERRAL_PATH, packet)

    def find_open_referral(self, medicaid_id):
        resp = self.session.get(
            f"{self.base_url}/subjects/{medicaid_id}/referrals",
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json().get("open", False)


class MmisAuditClient(JsonTransport):
    """Disclosure log kept by the state MMIS."""

    base_url = settings.MMIS_AUDIT_URL

    def record(self, event):
        return self.post_json("", event)
