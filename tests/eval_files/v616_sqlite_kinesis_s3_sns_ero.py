"""Single-member ERO hand-off over three AWS channels: a Kinesis event with
the member's snapshot row, an S3 object for the hand-off bucket, and an SNS
notice to the ERO topic (boto3, sqlite3 lookup).

Scenario: a caseworker action looks one member up by Medicaid id in the
local SQLite snapshot with ``SELECT *``, emits the row to the ERO case-event
stream, stores a small JSON object in ``ice-eid-handoff-prod`` whose object
key is the member's SSN, and publishes a notice whose subject carries the
member's last name.

Expected findings (3):
- MCD103 on the ``cur.execute("SELECT * ...")`` line (SPEC section 3: for
  ``SELECT *`` the finding is at the line of the ``*``; the whole row is
  sent to Kinesis as ``json.dumps(dict(row))``).
- MCD101 at ``Key=`` of ``put_object`` (SPEC section 4: object keys are
  data; ssn).
- MCD101 at ``Subject=`` of ``publish`` (SPEC section 4: subjects are data;
  name).
The S3 body holds only permitted fields and a batch_id; the partition key
is the Medicaid id.  No MCD201: one member looked up by id (SPEC
section 10).
Destinations (SPEC section 4): stream ``ero-case-events``, bucket
``ice-eid-handoff-prod``, topic ARN resource ``ero-referral-notices``.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import uuid
from contextlib import closing

import boto3
from botocore.config import Config

log = logging.getLogger("ero.handoff")

SNAPSHOT_DB = os.environ.get("SNAPSHOT_DB", "/var/lib/elig/snapshot.db")
ERO_STREAM = "ero-case-events"
HANDOFF_BUCKET = "ice-eid-handoff-prod"
ERO_TOPIC_ARN = "arn:aws:sns:us-east-1:518402231977:ero-referral-notices"
AWS_CONFIG = Config(region_name="us-east-1", retries={"max_attempts": 5, "mode": "standard"})


class HandoffError(RuntimeError):
    pass


def load_member(medicaid_id: str) -> dict:
    with closing(sqlite3.connect(SNAPSHOT_DB)) as conn:
        conn.row_factory = sqlite3.Row
        cur = conn.cursor()
        cur.execute("SELECT * FROM elgbl_snapshot WHERE msis_ident_num = ?", (medicaid_id,))  # MCD103
        row = cur.fetchone()
    if row is None:
        raise HandoffError(f"member {medicaid_id} not in snapshot")
    return dict(row)


class EroHandoff:
    def __init__(self) -> None:
        self.kinesis = boto3.client("kinesis", config=AWS_CONFIG)
        self.s3 = boto3.client("s3", config=AWS_CONFIG)
        self.sns = boto3.client("sns", config=AWS_CONFIG)

    def emit_event(self, record: dict) -> str:
        resp = self.kinesis.put_record(
            StreamName=ERO_STREAM,
            Data=json.dumps(record, default=str).encode("utf-8"),
            PartitionKey=record["msis_ident_num"],
        )
        return resp["SequenceNumber"]

    def store_object(self, record: dict, batch_id: str) -> None:
        body = {
            "batch_id": batch_id,
            "medicaid_id": record["msis_ident_num"],
            "date_of_birth": record["birth_dt"],
            "immigration_status": record["imgrtn_stus_cd"],
        }
        resp = self.s3.put_object(
            Bucket=HANDOFF_BUCKET,
            Key=f"referrals/{record['ssn_num']}.json",  # MCD101
            Body=json.dumps(body).encode("utf-8"),
            ContentType="application/json",
            ServerSideEncryption="aws:kms",
        )
        log.debug("stored object, etag %s", resp.get("ETag"))

    def notify(self, record: dict, batch_id: str) -> None:
        self.sns.publish(
            TopicArn=ERO_TOPIC_ARN,
            Subject=f"ERO referral ready: {record['elgbl_last_name']}",  # MCD101
            Message=json.dumps({"batch_id": batch_id, "medicaid_id": record["msis_ident_num"]}),
        )

    def hand_off(self, medicaid_id: str) -> None:
        record = load_member(medicaid_id)
        batch_id = uuid.uuid4().hex
        seq = self.emit_event(record)
        self.store_object(record, batch_id)
        self.notify(record, batch_id)
        log.info("member %s handed off (seq %s, batch %s)", medicaid_id, seq, batch_id)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    EroHandoff().hand_off(sys.argv[1])
