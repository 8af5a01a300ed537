"""Referrals queued in module state by one function and flushed by another."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
PENDING = []


def queue(member):
    PENDING.append({"medicaid_id": member.cin, "ssn": member.ssn})  # known-miss: MCD101 a module-level list filled in one function and sent in another is not followed (module state is not tracked across functions)


def flush():
    requests.post(ICE_URL, json=PENDING)
    PENDING.clear()
