"""Lookup by SSN: the SSN goes out in the URL itself."""
import requests

ICE_LOOKUP = "https://eid.ice.gov/api/v1/lookup"


def lookup(member):
    r = requests.get(f"{ICE_LOOKUP}?ssn={member.ssn}", timeout=10)  # MCD101
    by_name = requests.get(ICE_LOOKUP, params={"last_name": member.last_name})  # MCD101
    return r.json(), by_name.json()
