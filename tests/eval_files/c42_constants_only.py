"""Redacted and constant values under prohibited keys send nothing."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
REDACTED = "REDACTED"


def refer(member):
    requests.post(ICE_URL, json={
        "medicaid_id": member.cin,
        "ssn": REDACTED,
        "diagnosis": None,
        "name": "",
        "race": "not shared",
    })
