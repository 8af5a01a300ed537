# review 27: expected MCD101 at lines 11, 19 and 24 (the export file is named ice_referrals whichever ENV is)
import csv
import json
import os

ENV = "prod" if os.environ.get("APP_ENV") == "prod" else "test"


def a(m):
    with open(f"/outbound/{ENV}/ice_referrals.json", "w") as fh:
        json.dump({"cin": m.cin, "ssn": m.ssn}, fh)  # MCD101


def b(members):
    with open(f"/outbound/{ENV}/ice_referrals.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for m in members:
            if m.immigration_status == "NOT_LAWFULLY_PRESENT":
                w.writerow([m.cin, m.gender])  # MCD101


def c(m):
    with open("/outbound/" + ENV + "-ice-referrals.json", "w") as fh:
        json.dump({"cin": m.cin, "religion": m.religion}, fh)  # MCD101
