"""Lookup by Medicaid ID, which the order permits."""
import requests

ICE_LOOKUP = "https://eid.ice.gov/api/v1/subjects"


def lookup(member):
    return requests.get(f"{ICE_LOOKUP}/{member.medicaid_id}", params={"dob": member.dob}, timeout=10).json()
