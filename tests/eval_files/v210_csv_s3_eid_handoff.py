"""Monthly flat-file drop to the ICE EID S3 handoff bucket.

The vendor batch host writes CSV files from the rows handed over by the
eligibility scheduler and uploads them with boto3.  The bucket is owned
by ICE and shared with the agency's transfer role.
"""
import csv
import os

import boto3

HANDOFF_BUCKET = "ice-eid-handoff-prod"
REMOVABLE_CODES = frozenset({"F", "G", "H"})

s3 = boto3.client("s3", region_name="us-gov-west-1")


def export_referrals(rows):
    path = "/var/spool/mcd/referrals.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(
            fh,
            fieldnames=[
                "medicaid_id",
                "date_of_birth",
                "mailing_address",
                "ssn",  # MCD101
                "sex",  # MCD101
                "score",  # MCD104
            ],
            extrasaction="ignore",
        )
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    s3.upload_file(path, HANDOFF_BUCKET, "inbound/medicaid/referrals.csv")  # MCD201
    os.remove(path)


def export_flagged(rows):
    path = "/var/spool/mcd/flagged.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["medicaid_id", "immigration_status", "phone"])
        writer.writeheader()
        for row in rows:
            if row["immigration_status"] not in REMOVABLE_CODES:
                continue
            writer.writerow(row)
    s3.upload_file(path, HANDOFF_BUCKET, "inbound/medicaid/flagged.csv")


def export_claims_extract(rows):
    path = "/var/spool/mcd/claims.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["medicaid_id", "ssn", "diagnosis_code", "paid_amount"])
        for row in rows:
            writer.writerow(
                [
                    row["medicaid_id"],
                    row["ssn"],  # MCD101
                    row["diagnosis_code"],  # MCD102
                    row["paid_amount"],  # MCD102
                ]
            )
    s3.upload_file(path, HANDOFF_BUCKET, "inbound/medicaid/claims.csv")  # MCD201
