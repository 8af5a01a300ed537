"""Queue basic-information referrals for ICE ERO.

The query selects only enrollees with an unlawfully-present immigration
status.  The row is read with a few extra columns that the caseworker
screen needs; those are removed before anything is queued.
"""
import itertools
import json
import logging
import os
import uuid

import boto3
import psycopg2
import psycopg2.extras

log = logging.getLogger("ero.queue")

ERO_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals.fifo"
NOT_SHAREABLE = ("ssn", "first_name", "last_name", "aid_code")

REFERRAL_SQL = """
    SELECT m.medicaid_id,
           m.ssn,
           m.first_name,
           m.last_name,
           m.aid_code,
           m.date_of_birth,
           a.home_address,
           a.zip_code,
           m.phone_number,
           m.immigration_status
      FROM member m
      JOIN member_address a ON a.medicaid_id = m.medicaid_id
     WHERE m.immigration_status IN ('UNLAWFUL', 'REMOVABLE')
       AND m.referral_sent_at IS NULL
"""


def referral_rows(conn):
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(REFERRAL_SQL)
        for row in cur:
            rec = dict(row)
            for key in NOT_SHAREABLE:
                rec.pop(key, None)
            yield rec


def enqueue_all():
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    conn = psycopg2.connect(os.environ["MMIS_DSN"])
    batch_id = str(uuid.uuid4())
    sent = 0
    try:
        for chunk in itertools.batched(referral_rows(conn), 10):
            entries = [
                {
                    "Id": str(i),
                    "MessageBody": json.dumps(rec, default=str),
                    "MessageGroupId": batch_id,
                    "MessageDeduplicationId": f"{batch_id}-{sent + i}",
                }
                for i, rec in enumerate(chunk)
            ]
            sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=entries)
            sent += len(entries)
    finally:
        conn.close()
    log.info("queued %d referrals in batch %s", sent, batch_id)


RETRY_SQL = """
    SELECT m.medicaid_id, m.date_of_birth, m.phone_number, m.immigration_status
      FROM member m
      JOIN referral_retry r ON r.medicaid_id = m.medicaid_id
      JOIN unlawful_status_code u ON u.code = m.immigration_status
"""


def requeue_retries():
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    conn = psycopg2.connect(os.environ["MMIS_DSN"])
    with conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(RETRY_SQL)
        for row in cur.fetchall():
            sqs.send_message(
                QueueUrl=ERO_QUEUE_URL,
                MessageBody=json.dumps(dict(row), default=str),
                MessageGroupId="retry",
            )


def enqueue_manual(rows):
    """Rows pasted in by the data-sharing desk from the case screen."""
    picked = [
        {"medicaid_id": r["medicaid_id"], "date_of_birth": r["date_of_birth"]}
        for r in rows
        if r["immigration_status"] in ("UNLAWFUL", "REMOVABLE")
    ]
    if picked:
        boto3.client("sqs").send_message(
            QueueUrl=ERO_QUEUE_URL,
            MessageBody=json.dumps(picked, default=str),
            MessageGroupId="manual",
        )
