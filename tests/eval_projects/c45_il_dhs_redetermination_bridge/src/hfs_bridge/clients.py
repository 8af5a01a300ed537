"""HTTP clients of the partner APIs."""
import requests

from . import settings


class DhsEligibilityClient:
    """IDHS eligibility API (Illinois Department of Human Services)."""

    def __init__(self, session=None):
        self.base_url = settings.DHS_ELIGIBILITY_URL
        self.session = session or requests.Session()

    def submit_redetermination(self, packet: dict) -> dict:
        resp = self.session.post(
            self.base_url + "/redeterminations",
            json=packet,
            timeout=settings.REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()


class EidReferralClient:
    """Federal referral endpoint."""

    def __init__(self):
        self.url = settings.ICE_EID_URL

    def refer(self, body: dict) -> None:
        resp = requests.post(self.url, json=body, timeout=settings.REQUEST_TIMEOUT)
        resp.raise_for_status()


class ChildSupportEnforcementClient:
    """State child support enforcement contractor."""

    def open_case(self, packet: dict) -> None:
        resp = requests.post(
            settings.CHILD_SUPPORT_ENFORCEMENT_URL,
            json=packet,
            timeout=settings.REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
