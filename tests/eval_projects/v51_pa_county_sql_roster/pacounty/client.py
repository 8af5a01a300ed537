"""Federal referral API."""
import requests

from pacounty import settings


class IceReferralApi:
    def __init__(self):
        self.session = requests.Session()
        self.base = settings.ICE_BASE

    def submit(self, referral: dict) -> None:
        resp = self.session.post(
            f"{self.base}/referrals", json=referral, timeout=settings.REQUEST_TIMEOUT
        )
        resp.raise_for_status()
