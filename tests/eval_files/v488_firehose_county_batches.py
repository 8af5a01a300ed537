"""County T-MSIS extract streamed to an ICE ERO Firehose stream (violating).

Scenario: a contractor turns a county's pipe-delimited T-MSIS extract into
Firehose records for an ICE ERO "referral stream".  Rows are filtered by
county and by a data-quality gate, and batches are flushed when full and
at the end.  Nothing chooses people by immigration status: a missing
status is only logged, and a blank status is replaced by "UNKNOWN" in the
payload.  The record builder also nests sex and language codes into a
``person`` sub-object through ``setdefault`` and an alias.

Destination: the stream name ``ice-ero-referral-stream`` holds the
``ice`` and ``ero`` tokens after splitting on ``-`` (SPEC §4); Firehose
``Records`` are data (SPEC §4).

Expected findings:
- ``_person``: ``rec.setdefault("person", {})["sex"] = row["SEX_CD"]``
  places the sex code -> MCD101 (SPEC §3 subscript assignment, §6
  ``setdefault``).
- ``_locate``: ``person = rec["person"]`` aliases that sub-container
  (SPEC §6); ``person["language"] = row["PRMRY_LANG_GRP_CD"]`` places the
  primary-language group code into the payload -> MCD101.
- ``publish``: the ``csv.DictReader`` rows are a bulk source (SPEC §10).
  The ``continue`` conditions test the county code and, through
  ``_quality_gate``, the date of birth: neither is an immigration-status
  or citizenship field.  The ``IMGRTN_STUS_CD`` test only logs, and the
  ``or "UNKNOWN"`` only picks a value inside the payload: neither counts
  (SPEC §10).  Both ``put_record_batch`` calls send batches built in the
  loop -> MCD201 at each sink call (reported once per sink call), the one
  inside the loop (batch filled in earlier iterations) and the one after.
Not findings: MSIS id, birth date, ZIP, county and immigration status
are permitted; ``len()`` drops names.
"""
import csv
import json
import logging

import boto3

REFERRAL_STREAM = "ice-ero-referral-stream"
TARGET_COUNTIES = frozenset({"037", "059", "065", "071", "073"})
BATCH_MAX = 500

log = logging.getLogger("tmsis.firehose")


def _quality_gate(row: dict) -> bool:
    return bool(row["BIRTH_DT"]) and len(row["MSIS_IDENT_NUM"]) >= 9


def _person(row: dict) -> dict:
    rec = {"msis_ident_num": row["MSIS_IDENT_NUM"], "birth_dt": row["BIRTH_DT"]}
    rec.setdefault("person", {})["sex"] = row["SEX_CD"]  # MCD101
    return rec


def _locate(rec: dict, row: dict) -> dict:
    loc = rec.setdefault("location", {})
    loc["zip_code"] = row["ELGBL_ZIP_CD"]
    loc["county_code"] = row["ELGBL_CNTY_CD"]
    person = rec["person"]
    person["language"] = row["PRMRY_LANG_GRP_CD"]  # MCD101
    return rec


def _record(row: dict) -> dict:
    rec = _locate(_person(row), row)
    rec["immigration_status"] = row["IMGRTN_STUS_CD"] or "UNKNOWN"
    return {"Data": (json.dumps(rec) + "\n").encode("utf-8")}


def publish(path: str) -> int:
    firehose = boto3.client("firehose", region_name="us-east-1")
    batch = []
    sent = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="|"):
            if row["ELGBL_CNTY_CD"] not in TARGET_COUNTIES:
                continue
            if not _quality_gate(row):
                continue
            if not row["IMGRTN_STUS_CD"]:
                log.debug("no immigration status on file for %s", row["MSIS_IDENT_NUM"])
            if len(batch) == BATCH_MAX:
                firehose.put_record_batch(DeliveryStreamName=REFERRAL_STREAM, Records=batch)  # MCD201
                sent += len(batch)
                batch = []
            batch.append(_record(row))
    if batch:
        firehose.put_record_batch(DeliveryStreamName=REFERRAL_STREAM, Records=batch)  # MCD201
        sent += len(batch)
    log.info("streamed %d records to %s", sent, REFERRAL_STREAM)
    return sent
