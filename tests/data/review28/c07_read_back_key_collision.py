# review 28: expected MCD201 at line 22
import csv

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
DATA_DIR = "/data/mmis/"


def export_selected(conn, out_name):
    cur = conn.cursor()
    cur.execute("SELECT medicaid_id FROM members WHERE immigration_status = 'EWI'")
    with open(DATA_DIR + out_name, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["medicaid_id"])
        w.writerows(cur.fetchall())


def forward_county_roster(in_name):
    with open(DATA_DIR + in_name, newline="") as fh:
        for row in csv.DictReader(fh):
            requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"]}, timeout=30)  # MCD201
