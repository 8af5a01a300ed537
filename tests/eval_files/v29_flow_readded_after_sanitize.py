"""Sanitized, then a prohibited field added back before the send."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED = ["medicaid_id", "date_of_birth"]


def refer(record):
    body = {k: record[k] for k in ALLOWED}
    body["tribal_affiliation"] = record["tribal_affiliation"]  # MCD101
    requests.post(ICE_URL, json=body)
