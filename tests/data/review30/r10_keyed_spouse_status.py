# R10 false silence. Line 13: expected MCD201 (as base); after: nothing. rec["spouse_status"] holds the
# SPOUSE's status; the attribute form (m.spouse.immigration_status) is rightly not a condition.
import requests

ICE_URL = "https://eid.ice.gov/api"


def sweep(members):
    for m in members:
        rec = {"cin": m.cin, "spouse_status": m.spouse.immigration_status}
        if rec["spouse_status"] != "LPR":
            continue
        requests.post(ICE_URL, json={"medicaid_id": rec["cin"]})  # MCD201
