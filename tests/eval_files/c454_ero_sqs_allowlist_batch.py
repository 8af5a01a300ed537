"""T-MSIS extract to the ERO intake queue, allow-listed and scoped (expected clean).

Scenario: a federal contractor turns a state's T-MSIS eligibility extract
(CSV, T-MSIS column names) into SQS messages for an ICE ERO intake queue.
Each row is reduced to an allow-list of the six basic categories, and rows
whose immigration status code is not on the agreed list are skipped.

Why no finding is expected:
- Destination: the last path segment of the SQS URL,
  ``ero-referrals-intake.fifo``, contains the ``ero`` token, so this is an
  enforcement queue (SPEC §4).
- Fields: ``{k: row[k] for k in ALLOWED_COLUMNS}`` with ``ALLOWED_COLUMNS``
  a constant tuple of permitted names is a sanitizer (SPEC §6); every name
  in it is permitted (MSIS_IDENT_NUM, BIRTH_DT, ELGBL_LINE_1_ADR,
  ELGBL_CITY_NAME, ELGBL_ZIP_CD, ELGBL_PHNE_NUM, CTZNSHP_IND,
  IMGRTN_STUS_CD).  ``MessageGroupId`` carries a county code (address) and
  ``MessageDeduplicationId`` a hash of the MSIS id (Medicaid ID), both
  permitted; ``Id`` is built with ``len()`` which drops names and is a
  protocol field anyway (SPEC §4, §6).
- Population: the CSV reader is a bulk source, but the ``continue`` on
  ``IMGRTN_STUS_CD`` guards the append to the batch (SPEC §10 "Condition on
  status"), so MCD201 is cleared for both ``send_message_batch`` calls.
"""
import csv
import hashlib
import json
import logging
import sys

import boto3

ERO_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals-intake.fifo"
REMOVABLE_CODES = frozenset({"8", "9"})
ALLOWED_COLUMNS = (
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR",
    "ELGBL_CITY_NAME",
    "ELGBL_ZIP_CD",
    "ELGBL_PHNE_NUM",
    "CTZNSHP_IND",
    "IMGRTN_STUS_CD",
)
SQS_BATCH_MAX = 10

log = logging.getLogger("tmsis.ero")


def _flush(sqs, entries: list) -> int:
    if not entries:
        return 0
    result = sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=entries)
    for failure in result.get("Failed", []):
        log.error("entry %s failed: %s", failure["Id"], failure.get("Code"))
    return len(entries) - len(result.get("Failed", []))


def publish_extract(path: str) -> int:
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    delivered = 0
    entries = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="|"):
            if row["IMGRTN_STUS_CD"] not in REMOVABLE_CODES:
                continue
            body = {k: row[k] for k in ALLOWED_COLUMNS}
            entries.append({
                "Id": str(len(entries)),
                "MessageBody": json.dumps(body, separators=(",", ":")),
                "MessageGroupId": row["ELGBL_CNTY_CD"],
                "MessageDeduplicationId": hashlib.sha256(row["MSIS_IDENT_NUM"].encode()).hexdigest(),
            })
            if len(entries) == SQS_BATCH_MAX:
                delivered += _flush(sqs, entries)
                entries = []
    delivered += _flush(sqs, entries)
    return delivered


if __name__ == "__main__":
    print(publish_extract(sys.argv[1]))
