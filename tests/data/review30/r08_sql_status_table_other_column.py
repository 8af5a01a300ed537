# R08 false silence. Lines 24 and 30: expected MCD201 (as base); after: nothing. s.updated_at (a timestamp)
# and s.cin IS NULL (an anti-join: people with NO status row) are columns of the status table, not status.
import requests

ICE_URL = "https://eid.ice.gov/api"
RECENT = """
SELECT m.cin, m.birth_dt
  FROM members m
  JOIN immigration_status s ON s.cin = m.cin
 WHERE s.updated_at > '2025-01-01'
"""
NO_ROW = """
SELECT m.cin, m.birth_dt
  FROM members m
  LEFT JOIN immigration_status s ON s.cin = m.cin
 WHERE s.cin IS NULL
"""


def recent(cur):
    cur.execute(RECENT)
    for cin, dob in cur.fetchall():
        body = {"medicaid_id": cin, "dob": dob}
        requests.post(ICE_URL, json=body)  # MCD201


def no_row(cur):
    cur.execute(NO_ROW)
    for cin, dob in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})  # MCD201
