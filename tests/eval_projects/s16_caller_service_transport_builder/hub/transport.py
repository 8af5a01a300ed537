"""The transport: posts what the shaping module builds to the URL it is handed.

Expected:
- transport.py:23 MCD101 ssn -- refer_now knows its destination itself: its own finding, not its callers'
"""

import requests

from .shaping import identity

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def post(url, member):
    return requests.post(url, json=identity(member), timeout=30)


def post_body(url, body):
    return requests.post(url, json=body, timeout=30)


def refer_now(member):
    return requests.post(ICE_URL, json=identity(member), timeout=30)  # MCD101
