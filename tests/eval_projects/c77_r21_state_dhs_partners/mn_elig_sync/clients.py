"""Clients for the state DHS eligibility system and for SAVE."""
import httpx
import requests

from . import DHS_ELIGIBILITY_URL, DHS_SAVE_URL


class DhsEligibilityClient:
    """MN-ITS eligibility API of the state Department of Human Services."""

    def __init__(self):
        self.base_url = DHS_ELIGIBILITY_URL
        self.session = requests.Session()

    def submit(self, path, body):
        response = self.session.post(f"{self.base_url}{path}", json=body, timeout=30)
        response.raise_for_status()
        return response.json()


class DhsSaveClient:
    """USCIS SAVE verification, required for Medicaid eligibility checks."""

    def __init__(self):
        self.base_url = DHS_SAVE_URL

    def verify(self, body):
        response = httpx.post(self.base_url, json=body, timeout=30)
        response.raise_for_status()
        return response.json()
