"""Sender using urllib3 directly."""
import json

import urllib3

http = urllib3.PoolManager()
ICE_URL = "https://eid.ice.gov/api/v1/households"


def send_household(case):
    payload = {"medicaid_id": case.head_cin, "members": [m.full_name for m in case.members]}  # MCD101
    http.request("POST", ICE_URL, body=json.dumps(payload), headers={"Content-Type": "application/json"})
