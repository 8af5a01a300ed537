"""Referrals queued in module state by one function and flushed by another."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
PENDING = []


def queue(member):
    PENDING.append({"medicaid_id": member.cin, "ssn": member.ssn})  # MCD101


def flush():
    requests.post(ICE_URL, json=PENDING)
    PENDING.clear()
