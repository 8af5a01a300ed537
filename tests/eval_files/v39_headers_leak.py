"""Puts member data into request headers."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/subjects"


def send(member, token):
    headers = {"Authorization": f"Bearer {token}", "X-Member-SSN": member.ssn}  # MCD101
    requests.post(ICE_URL, headers=headers, json={"medicaid_id": member.cin})
