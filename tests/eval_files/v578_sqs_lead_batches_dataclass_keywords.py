"""T-MSIS lead file mapped onto a dataclass and sent to the ICE SQS handoff queue in batches of ten.

Scenario: a state vendor's job reads the eligibility extract (CSV), maps each
row onto ``LeadRecord`` (a plain dataclass) in ``to_lead``, serializes it
with ``dataclasses.asdict`` and sends batches of ten with
``send_message_batch`` to the queue
``.../ice-eid-handoff-prod``: inside the loop whenever a batch is full, and
once more for the remainder.

Destination: the last path segment of the SQS URL, ``ice-eid-handoff-prod``,
contains the token ``ice`` (SPEC 4); the constant name ``ICE_QUEUE_URL``
does too.

Expected findings:
- ``LeadRecord`` is not named for enforcement, so the placements are the
  keyword arguments of its constructor (SPEC 3 "For other models the
  placement is the keyword argument"); ``asdict`` of the known model
  carries its declared fields (SPEC 6):
  * ``hsehld_size_cd=`` -> household, MCD101;
  * ``incm_cd=`` -> income, MCD101;
  * ``prgnt_ind=`` -> pregnancy (health), MCD102.
  The other keywords are permitted; ``Id`` is transfer metadata (SPEC 4).
- MCD201 at each of the two ``send_message_batch`` calls: the CSV reader is
  a bulk source, one send sits in the loop and the other sends the batch
  built in it, with no condition on immigration status or citizenship
  (SPEC 10; once per sink call).  Skipping rows without an address is not
  such a condition.
"""
from __future__ import annotations

import csv
import json
import logging
import os
from dataclasses import asdict, dataclass
from typing import Optional

import boto3

log = logging.getLogger("leads.sqs")

ICE_QUEUE_URL = os.environ.get(
    "ICE_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/370112908811/ice-eid-handoff-prod",
)
REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
SQS_BATCH_LIMIT = 10


@dataclass
class LeadRecord:
    msis_ident_num: str
    birth_dt: str
    elgbl_line_1_adr: str
    elgbl_zip_cd: str
    elgbl_phne_num: Optional[str]
    hsehld_size_cd: Optional[str]
    incm_cd: Optional[str]
    prgnt_ind: Optional[str]


def to_lead(row) -> LeadRecord:
    return LeadRecord(
        msis_ident_num=row["MSIS_IDENT_NUM"],
        birth_dt=row["BIRTH_DT"],
        elgbl_line_1_adr=row["ELGBL_LINE_1_ADR"].strip(),
        elgbl_zip_cd=row["ELGBL_ZIP_CD"][:5],
        elgbl_phne_num=row.get("ELGBL_PHNE_NUM") or None,
        hsehld_size_cd=row.get("HSEHLD_SIZE_CD"),  # MCD101
        incm_cd=row.get("INCM_CD"),  # MCD101
        prgnt_ind=row.get("PRGNT_IND"),  # MCD102
    )


def _check(resp):
    failed = resp.get("Failed", [])
    for item in failed:
        log.error("entry %s rejected: %s", item.get("Id"), item.get("Message"))
    return len(failed)


def run(path):
    sqs = boto3.client("sqs", region_name=REGION)
    entries = []
    sent = failed = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if not row.get("ELGBL_LINE_1_ADR"):
                continue
            lead = to_lead(row)
            entries.append({"Id": str(i), "MessageBody": json.dumps(asdict(lead))})
            if len(entries) == SQS_BATCH_LIMIT:
                failed += _check(sqs.send_message_batch(QueueUrl=ICE_QUEUE_URL, Entries=entries))  # MCD201
                sent += len(entries)
                entries = []
    if entries:
        failed += _check(sqs.send_message_batch(QueueUrl=ICE_QUEUE_URL, Entries=entries))  # MCD201
        sent += len(entries)
    log.info("sent %d leads (%d rejected)", sent, failed)
    return sent, failed


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    run(sys.argv[1])
