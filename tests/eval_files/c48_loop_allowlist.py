"""Loop form of the allow-list: only permitted keys are copied."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED = ("medicaid_id", "date_of_birth", "immigration_status")


def refer(member):
    record = {"medicaid_id": member.cin, "date_of_birth": member.dob, "ssn": member.ssn, "dx": member.dx}
    body = {}
    for key, value in record.items():
        if key in ALLOWED:
            body[key] = value
    requests.post(ICE_URL, json=body)
