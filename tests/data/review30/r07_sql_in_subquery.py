# R07 false silence. Line 13: expected MCD201 (as base); after: nothing. The only status-table column in a
# condition is the subquery's select-list key `cin` (membership = a bare join, which ONLY_JOINED says is no condition).
import requests

ICE_URL = "https://eid.ice.gov/api"
Q = "SELECT cin, birth_dt FROM members WHERE cin IN (SELECT cin FROM immigration_status)"


def sweep(cur):
    cur.execute(Q)
    for cin, dob in cur.fetchall():
        payload = {"medicaid_id": cin, "dob": dob}
        requests.post(ICE_URL, json=payload)  # MCD201
