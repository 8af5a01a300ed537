"""Thin client for the EID referral intake."""
import requests

from . import settings


class EnforcementClient:
    def __init__(self):
        self.url = settings.ICE_REFERRALS_URL
        self.session = requests.Session()
        self.session.cert = settings.ICE_CLIENT_CERT

    def send_referral(self, referral):
        resp = self.session.post(self.url, json=referral, timeout=settings.REQUEST_TIMEOUT)
        resp.raise_for_status()
        return resp.status_code
