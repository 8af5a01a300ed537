"""A helper that posts to the URL it is given, and a wrapper of this module that gives it ICE's."""
import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def post_member(url, m):
    body = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    requests.post(url, json=body, timeout=30)


def post_ice(m):
    post_member(ICE_URL, m)
