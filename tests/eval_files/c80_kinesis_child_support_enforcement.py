"""Streams new-hire matches on enrollees to the state child support enforcement locate stream."""
import json
import os

import boto3

CHILD_SUPPORT_ENFORCEMENT_STREAM = os.environ.get(
    "CHILD_SUPPORT_ENFORCEMENT_STREAM", "mn-cse-locate-events"
)

kinesis = boto3.client("kinesis", region_name="us-east-2")


def send_locate_match(member, new_hire):
    record = {
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "employer_name": new_hire.employer_name,
        "employer_address": new_hire.employer_address,
        "household_income": member.household_income,
    }
    kinesis.put_record(
        StreamName=CHILD_SUPPORT_ENFORCEMENT_STREAM,
        Data=json.dumps(record).encode("utf-8"),
        PartitionKey=member.medicaid_id,
    )


def send_matches(matches):
    for member, new_hire in matches:
        send_locate_match(member, new_hire)
