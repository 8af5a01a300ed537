"""HTTP client for the referral endpoint."""

import requests

from .settings import ICE_EID_URL


class ReferralClient:
    def __init__(self):
        self.url = ICE_EID_URL

    def send(self, payload: dict) -> None:
        resp = requests.post(self.url, json=payload, timeout=20)
        resp.raise_for_status()
