# review 27: expected MCD101 at lines 13 and 20 (the file written is uploaded to the ICE bucket)
import csv
import os

import boto3

ENV = "prod" if os.environ.get("APP_ENV") == "prod" else "test"


def export(m):
    path = f"/tmp/referrals_{ENV}.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.ssn])  # MCD101
    boto3.client("s3").upload_file(path, "ice-eid-handoff", "referrals.csv")


def export2(m):
    path = "/tmp/referrals_" + ENV + ".csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.race])  # MCD101
    boto3.client("s3").upload_file(path, "ice-eid-handoff", "referrals.csv")
