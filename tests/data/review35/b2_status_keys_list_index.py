# B2 (regression): MCD-201 lost. A list of a status mapping's keys keeps the "statuses by key" mark, so
# cins[i] is read as a status lookup with a key (i) that carries no records; then status_of[cin] too.
# base : line 20 MCD-201 records from csv.DictReader(...) (line 15)
# after: nothing
# SPEC 10: "Bulk send: data derived from a bulk source reaches an enforcement sink -- the send sits in
#   a loop over the source"; every member of the file is sent, with no condition on status.
import csv
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_all(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    status_of = {r["medicaid_id"]: r["immigration_status"] for r in rows}
    cins = sorted(status_of)
    for i in range(len(cins)):
        cin = cins[i]
        requests.post(ICE_URL, json={"medicaid_id": cin, "immigration_status": status_of[cin]}, timeout=30)  # MCD201
