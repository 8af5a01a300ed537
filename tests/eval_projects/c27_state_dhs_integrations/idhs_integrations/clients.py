"""HTTP clients. None of these destinations is immigration enforcement."""
import requests

from . import settings


class DhsEligibilityClient:
    def __init__(self):
        self.base_url = settings.DHS_ELIGIBILITY_URL
        self.session = requests.Session()

    def push_case(self, record):
        resp = self.session.post(f"{self.base_url}/cases", json=record, timeout=30)
        resp.raise_for_status()


class StateHubClient:  # medicaid-scope: not-enforcement
    def forward(self, message):
        requests.post(settings.DHS_HUB_URL, json=message, timeout=30).raise_for_status()


class SaveClient:
    def initiate(self, request_body):
        resp = requests.post(settings.SAVE_CASES_URL, json=request_body, timeout=60)
        resp.raise_for_status()
        return resp.json()["caseNumber"]


class ChildSupportEnforcementClient:
    def refer(self, referral):
        requests.post(settings.CHILD_SUPPORT_ENFORCEMENT_URL, json=referral, timeout=30)
