"""Whole record turned into an allow-listed payload before it is sent."""
import requests

DHS_ENFORCEMENT_URL = "https://referrals.dhs.gov/api/members"
SHAREABLE = frozenset({"medicaid_id", "date_of_birth", "home_address", "citizenship"})


def refer(member):
    record = vars(member)
    payload = {k: v for k, v in record.items() if k in SHAREABLE}
    requests.post(DHS_ENFORCEMENT_URL, json=payload)
