# review 28: expected MCD201 at line 19
import json

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
SPOOL = "/var/spool/mmis/referral_queue.ndjson"


def enqueue(m):
    # called once per member by the case-management workflow; the spool grows all day
    with open(SPOOL, "a") as fh:
        fh.write(json.dumps({"medicaid_id": m.medicaid_id}) + "\n")


def drain():
    with open(SPOOL) as fh:
        for line in fh:
            requests.post(ICE_URL, data=line, timeout=30)  # MCD201
