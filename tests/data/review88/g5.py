from collections import defaultdict

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def send(rows):
    by_status = defaultdict(list)
    for r in rows:
        by_status[r.get("immigration_status") or "UNKNOWN"].append(r)
    for r in by_status["UNL"]:
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})
