"""NDJSON extract filtered by a status-checking generator, shipped in batches to the ERO Kinesis stream (clean).

Scenario: the state's data-sharing vendor receives a nightly NDJSON extract
of T-MSIS eligibility rows (every column: SSN, names, race, aid codes).
``scoped_rows`` is a generator that skips rows whose immigration status code
is not a referable code or whose citizenship indicator says citizen, and
yields only the allow-listed columns.  ``ship`` slices the generator into
batches with ``itertools.islice`` and puts each batch on the Kinesis stream
``ero-leads-stream``, retrying the records Kinesis reports as failed.

Why no finding is expected:
- SPEC 6 sanitizer: ``{k: rec[k] for k in ALLOWED_KEYS}`` where
  ``ALLOWED_KEYS`` is a constant tuple of permitted names (MSIS id, birth
  date, address line, ZIP, phone, immigration status, citizenship
  indicator - medicaid-fields.tsv).  ``PartitionKey`` is the MSIS id.
- SPEC 6: generators and ``itertools.islice`` pass their input's names on -
  here only the allow-listed ones.
- Population: the NDJSON reader is a bulk source (SPEC 10), and every record
  yielded has passed an ``if``/``continue`` on ``IMGRTN_STUS_CD`` and on
  ``CTZNSHP_IND`` - a condition on status that decides whether the record
  is sent (SPEC 10), so neither ``put_records`` call is MCD201.
- ``ero-leads-stream`` is an enforcement destination (SPEC 4), so the file
  is clean only because of the allow-list and the condition.
"""
from __future__ import annotations

import json
import logging
import os
import time
from enum import Enum
from itertools import islice

import boto3

log = logging.getLogger("sharing.ero_stream")

ERO_LEADS_STREAM = os.environ.get("ERO_LEADS_STREAM", "ero-leads-stream")
REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
BATCH_SIZE = 500
MAX_RETRIES = 3


class ImmigrationStatusCode(str, Enum):
    CITIZEN_OR_NATIONAL = "0"
    QUALIFIED_NON_CITIZEN = "1"
    CHIPRA_214 = "2"
    EMERGENCY_SERVICES_ONLY = "3"
    NO_LAWFUL_STATUS_VERIFIED = "8"


REFERABLE = frozenset({ImmigrationStatusCode.NO_LAWFUL_STATUS_VERIFIED.value})
ALLOWED_KEYS = (
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR",
    "ELGBL_ZIP_CD",
    "ELGBL_PHNE_NUM",
    "IMGRTN_STUS_CD",
    "CTZNSHP_IND",
)


def scoped_rows(fh):
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            log.warning("line %d: not JSON, skipped", lineno)
            continue
        if rec.get("IMGRTN_STUS_CD") not in REFERABLE:
            continue
        if rec.get("CTZNSHP_IND") == "1":
            continue
        yield {k: rec[k] for k in ALLOWED_KEYS}


def _entries(chunk):
    return [
        {"Data": json.dumps(r).encode("utf-8"), "PartitionKey": r["MSIS_IDENT_NUM"]}
        for r in chunk
    ]


def ship(path):
    kinesis = boto3.client("kinesis", region_name=REGION)
    sent = 0
    with open(path, encoding="utf-8") as fh:
        scoped = scoped_rows(fh)
        while True:
            chunk = list(islice(scoped, BATCH_SIZE))
            if not chunk:
                break
            entries = _entries(chunk)
            resp = kinesis.put_records(StreamName=ERO_LEADS_STREAM, Records=entries)
            attempt = 0
            while resp.get("FailedRecordCount") and attempt < MAX_RETRIES:
                attempt += 1
                time.sleep(2**attempt)
                entries = [e for e, r in zip(entries, resp["Records"]) if "ErrorCode" in r]
                log.warning("retrying %d failed records (attempt %d)", len(entries), attempt)
                resp = kinesis.put_records(StreamName=ERO_LEADS_STREAM, Records=entries)
            sent += len(chunk)
    log.info("shipped %d scoped rows to %s", sent, ERO_LEADS_STREAM)
    return sent
