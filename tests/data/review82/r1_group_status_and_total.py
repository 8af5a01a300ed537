from collections import defaultdict

import requests

ICE_URL = "https://eid.ice.gov/api"


def send_total(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["imgrtn_stus_cd"]].append(r)  # per-status counts for a report
        groups["total"].append(r)  # every row
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in groups["total"]])  # MCD201
