import requests

from .settings import HTTP_TIMEOUT, ICE_EID_BASE


class EidClient:
    def __init__(self):
        self.base = ICE_EID_BASE
        self.session = requests.Session()

    def submit(self, payload):
        resp = self.session.post(f"{self.base}/referrals", json=payload, timeout=HTTP_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def submit_minimal(self, subject):
        return self.submit({
            "medicaid_id": subject.medicaid_id,
            "date_of_birth": subject.date_of_birth,
            "full_name": subject.full_name,  # MCD101
        })
