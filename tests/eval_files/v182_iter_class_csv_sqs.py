"""A class whose __iter__ yields rows of the nightly pipe-delimited MMIS extract; each row becomes one SQS message to ice-eid-referrals.

Flagged: iterating EnrolleeExtract iterates a csv.DictReader (bulk); the only test drops closed enrollments, none tests status.
"""
import csv
import json

import boto3

ICE_REFERRAL_QUEUE = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ice-eid-referrals.fifo"


class EnrolleeExtract:
    """Rows of the nightly eligibility extract (MMIS_ELG_YYYYMMDD.txt)."""

    def __init__(self, path):
        self.path = path

    def __iter__(self):
        with open(self.path, newline="", encoding="utf-8") as fh:
            yield from csv.DictReader(fh, delimiter="|")


def forward(path):
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    sent = 0
    for rec in EnrolleeExtract(path):
        if rec["ENRLMT_END_DT"]:
            continue
        body = json.dumps(
            {
                "medicaid_id": rec["MSIS_IDENT_NUM"],
                "date_of_birth": rec["BIRTH_DT"],
                "home_address": rec["ELGBL_LINE_1_ADR"],
                "zip_code": rec["ELGBL_ZIP_CD"],
            }
        )
        sqs.send_message(QueueUrl=ICE_REFERRAL_QUEUE, MessageBody=body, MessageGroupId=rec["MSIS_IDENT_NUM"])  # MCD201
        sent += 1
    return sent
