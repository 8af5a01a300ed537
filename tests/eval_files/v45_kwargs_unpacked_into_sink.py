"""Keyword arguments packed into a dict and unpacked into the sink."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(member):
    options = {"json": {"medicaid_id": member.cin, "ssn": member.ssn}, "timeout": 10}  # MCD101
    requests.post(ICE_URL, **options)
