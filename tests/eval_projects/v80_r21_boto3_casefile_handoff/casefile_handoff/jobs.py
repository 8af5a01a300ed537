"""Hand-off jobs run by the MCO's batch scheduler."""
import csv
import json

import boto3

import casefile_handoff.builders as builders
from . import ARCHIVE_BUCKET, CaseFileStore, messaging
from .builders import summarize

store = CaseFileStore()
_archive = boto3.client("s3")


def hand_off_case(case):
    store.put_json(f"cases/{case.medicaid_id}/summary.json", summarize(case))  # MCD101 MCD101


def archive_snapshot(case):
    document = builders.snapshot(case)
    store.put_json(f"cases/{case.medicaid_id}/snapshot.json", document)  # MCD103


def flag_case(case):
    message = {"medicaid_id": case.medicaid_id}
    message["email"] = case.email_address  # MCD101
    messaging.enqueue(message)


def replay_extract(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            messaging.enqueue({"medicaid_id": row["cin"], "date_of_birth": row["dob"]})  # MCD201


def push_cases(cases):
    for case in cases:
        messaging.enqueue({"medicaid_id": case.medicaid_id, "immigration_status": case.immigration_status})  # MCD201


def archive_locally(case):
    """The plan's own archive bucket: not an enforcement destination."""
    _archive.put_object(
        Bucket=ARCHIVE_BUCKET,
        Key=f"{case.medicaid_id}.json",
        Body=json.dumps(vars(case), default=str),
    )
