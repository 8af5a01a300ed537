"""Sends a list of values (CSV-like) and a tuple body."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/rows"


def send_row(member):
    row = [
        member.medicaid_id,
        member.dob,
        member.ssn,  # MCD101
    ]
    requests.post(ICE_URL, json={"row": row})
