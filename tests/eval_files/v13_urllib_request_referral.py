"""Referral over plain urllib (no third-party dependencies allowed on this server)."""
import json
import urllib.request

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(member):
    data = json.dumps({
        "medicaid_id": member.medicaid_id,
        "is_pregnant": member.is_pregnant,  # MCD102
        "email": member.email,  # MCD101
    }).encode("utf-8")
    req = urllib.request.Request(ICE_URL, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status
