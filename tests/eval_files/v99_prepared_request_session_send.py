"""Referral client in the eligibility portal using prepared requests against the ICE EID API."""
import requests

ICE_API_BASE = "https://eid.ice.gov/api/v2"


class ReferralSender:
    def __init__(self):
        self.session = requests.Session()
        self.session.verify = "/etc/pki/tls/certs/ca-bundle.crt"

    def refer(self, member):
        payload = {
            "medicaid_id": member.medicaid_id,
            "dob": member.dob.isoformat(),
            "immigration_status": member.immigration_status,
            "ssn_last4": member.ssn[-4:],  # MCD101
            "diagnosis_code": member.primary_dx,  # MCD102
        }
        req = requests.Request(
            "POST",
            f"{ICE_API_BASE}/referrals",
            json=payload,
            headers={"Content-Type": "application/json"},
        )
        prepared = req.prepare()
        resp = self.session.send(prepared, timeout=30)
        resp.raise_for_status()
        return resp.json()["referral_id"]
