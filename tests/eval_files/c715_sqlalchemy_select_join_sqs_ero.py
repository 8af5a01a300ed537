"""SQLAlchemy 2.0 select() with a claims join feeds an ERO SQS queue with SSNs and diagnoses.

Scenario:
    A nightly job at a state Medicaid agency pulls enrollees whose immigration
    status code marks them as not lawfully present and queues one SQS message
    per enrollee for the ERO referral intake queue. The select list joins the
    claims table and keeps the SSN and the last diagnosis code, so each
    message carries data the order bars.

Expected findings:
    line 54, MCD101, Member.ssn_num in the select list (SSN reaches the ERO queue)
    line 55, MCD102, Claim.dgns_1_cd in the select list (diagnosis reaches the ERO queue)
"""
from __future__ import annotations

import json
import logging
import os
from datetime import date

import boto3
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from mmis.schema import Claim, Member

log = logging.getLogger("tmsis.ero_leads")

ERO_QUEUE_URL = os.environ.get(
    "ERO_QUEUE_URL",
    "https://sqs.us-east-1.amazonaws.com/418293001772/ero-referral-intake",
)
UNLAWFUL_CODES = ("3", "U", "X")
BATCH_SIZE = 10


def _engine():
    return create_engine(os.environ["MMIS_DSN"], pool_pre_ping=True)


def _chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def queue_leads(run_date: date) -> int:
    sqs = boto3.client("sqs", region_name="us-east-1")
    sent = 0
    with Session(_engine()) as session:
        stmt = (
            select(
                Member.msis_ident_num,
                Member.birth_dt,
                Member.ssn_num,  # MCD101
                Claim.dgns_1_cd,  # MCD102
                Member.imgrtn_stus_cd,
            )
            .join(Claim, Claim.msis_ident_num == Member.msis_ident_num)
            .where(Member.imgrtn_stus_cd.in_(UNLAWFUL_CODES))
            .where(Claim.srvc_endg_dt >= run_date.replace(day=1))
        )
        rows = session.execute(stmt).all()
        for chunk in _chunks(rows, BATCH_SIZE):
            entries = [
                {
                    "Id": str(i),
                    "MessageBody": json.dumps(dict(r._mapping), default=str),
                }
                for i, r in enumerate(chunk)
            ]
            sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=entries)
            sent += len(entries)
    log.info("queued %d ERO leads for %s", sent, run_date)
    return sent
