"""Keyword arguments packed into a dict and unpacked into the sink."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(member):
    options = {"json": {"medicaid_id": member.cin, "ssn": member.ssn}, "timeout": 10}  # known-miss: MCD101 keyword arguments unpacked from a dict (**options) into a sink are not followed yet
    requests.post(ICE_URL, **options)
