"""Scoped NDJSON lead feed to an ERO SQS queue that leaks through message attributes (violating).

Scenario: a contractor's lead feed reads the nightly NDJSON export,
correctly skips everyone whose immigration status is not on the agreed
list, and sends the basic fields in the message body.  But a developer
added routing "message attributes" (gender, household size) for the
consumer's filters, and mapped a substance-use flag into the body as a
generic "risk_flag".

Destination: ``ERO_QUEUE_URL`` folds through ``os.environ.get`` to an SQS
URL whose last path segment ``ero-leads`` contains the ``ero`` token
(SPEC §4).  Message attributes are data (SPEC §4 "everything a sink call
carries").

Expected findings:
- ``"risk_flag": rec["sud_flag"]``: the key is unknown but the value is
  a substance-use flag; one placement, prohibited wins over unknown and
  MCD102 is the code -> one MCD102 (SPEC §3, §5).
- ``Gender`` attribute with ``rec["gender"]`` -> MCD101 (sex).
- ``HouseholdSize`` attribute with ``str(rec["household_size"])``;
  ``str()`` keeps the name (SPEC §6) -> MCD101 (household).
Not findings: cin, dob, home_address, phone, immigration_status and the
county attribute are permitted.  No MCD201: the NDJSON lines are a bulk
source, but the ``continue`` on ``immigration_status`` decides which
records are sent (SPEC §10).
"""
import gzip
import json
import logging
import os

import boto3

ERO_QUEUE_URL = os.environ.get(
    "ERO_QUEUE_URL", "https://sqs.us-east-1.amazonaws.com/123456789012/ero-leads"
)
REMOVABLE = {"EWI", "OVS", "FOR"}

log = logging.getLogger("leads.sqs")


def publish_leads(path: str) -> int:
    sqs = boto3.client("sqs", region_name="us-east-1")
    sent = skipped = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if rec.get("immigration_status") not in REMOVABLE:
                skipped += 1
                continue
            body = {
                "cin": rec["cin"],
                "dob": rec["dob"],
                "address": rec["home_address"],
                "phone": rec["phone"],
                "immigration_status": rec["immigration_status"],
                "risk_flag": rec["sud_flag"],  # MCD102
            }
            sqs.send_message(
                QueueUrl=ERO_QUEUE_URL,
                MessageBody=json.dumps(body),
                MessageAttributes={
                    "Gender": {"DataType": "String", "StringValue": rec["gender"]},  # MCD101
                    "HouseholdSize": {"DataType": "Number", "StringValue": str(rec["household_size"])},  # MCD101
                    "County": {"DataType": "String", "StringValue": rec["county_code"]},
                },
            )
            sent += 1
    log.info("sent %d leads, skipped %d", sent, skipped)
    return sent
