from collections import defaultdict

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def send(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"] if r["active"] else "INACTIVE"].append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=groups["UNL"])
