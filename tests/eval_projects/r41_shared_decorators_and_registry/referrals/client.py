"""Outbound calls, wrapped by the shared decorators."""
import requests

from .decorators import audited, report_to_ice, retry, sanitize

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


@sanitize
def push_sanitized(payload):
    requests.post(ICE_URL, json=payload, timeout=30)


@audited
def push_audited(payload):
    requests.post(ICE_URL, json=payload, timeout=30)


@report_to_ice
def build_record(m):
    return {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101


def refer_here(m):
    push_sanitized({"medicaid_id": m.cin, "ssn": m.ssn})


def nightly(m):
    return build_record(m)


def refer_audited(m):
    push_audited({"medicaid_id": m.cin, "race": m.race})  # MCD101


@retry(times=5)
@audited
def push_retried(payload):
    requests.post(ICE_URL, json=payload, timeout=30)


@retry(times=5)
@audited
@sanitize
def push_retried_sanitized(payload):
    requests.post(ICE_URL, json=payload, timeout=30)
