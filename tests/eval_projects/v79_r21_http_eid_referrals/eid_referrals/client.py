"""Thin HTTP client for the referral API."""
import requests

from . import ICE_EID_BASE, REQUEST_TIMEOUT


class ReferralClient:
    """Posts JSON documents to the referral API under a path."""

    def __init__(self):
        self.base_url = ICE_EID_BASE
        self.session = requests.Session()

    def post(self, path, body):
        response = self.session.post(f"{self.base_url}{path}", json=body, timeout=REQUEST_TIMEOUT)
        response.raise_for_status()
        return response.json()
