from collections import defaultdict

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def send(rows):
    by_status = defaultdict(list)
    for r in rows:
        by_status[r["immigration_status"] or "UNKNOWN"].append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=by_status["UNL"])
