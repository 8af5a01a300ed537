"""Weekly hand-off file for the ICE bucket: SQLAlchemy Core, a status WHERE, a temp CSV uploaded later.

Scenario: a state agency's data-sharing job selects the permitted columns
of the enrollees recorded as non-citizens without a qualifying status,
writes them to a temporary CSV with ``csv.DictWriter``, and then uploads
the file to the ``ice-eid-handoff-prod`` bucket with a manifest in the
object metadata. The table also maps SSN, race and diagnosis columns that
other jobs use.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: the ``select`` is a bulk source whose rows are written
  to a file uploaded to an enforcement bucket, but its ``.where`` tests
  ``ctznshp_ind`` and ``imgrtn_stus_cd`` (citizenship and immigration
  status): a condition between the source and the upload (SPEC section 10).
- Fields: the select list and the ``DictWriter`` ``fieldnames`` hold only
  permitted columns (SPEC section 3); SSN, race and diagnosis are declared
  in the ``Table`` but never selected.
- ``Key``, ``ContentType`` and the encryption settings are transfer
  metadata or connection settings; ``record_count`` and ``schema_version``
  are harmless (SPEC sections 4 and 5).
"""
from __future__ import annotations

import csv
import logging
import os
import tempfile
import uuid
from datetime import date

import boto3
from sqlalchemy import Column, Date, MetaData, String, Table, select
from sqlalchemy.engine import Engine

log = logging.getLogger("sharing.ice_handoff_file")

ICE_HANDOFF_BUCKET = "ice-eid-handoff-prod"
QUALIFYING = ("1", "2")
HANDOFF_COLUMNS = (
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_city_name",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "imgrtn_stus_cd",
)

metadata = MetaData(schema="tmsis")
enrollee = Table(
    "elg_enrollee",
    metadata,
    Column("msis_ident_num", String(20), primary_key=True),
    Column("ssn", String(9)),
    Column("birth_dt", Date),
    Column("race_ethncty_cd", String(2)),
    Column("elgbl_line_1_adr", String(100)),
    Column("elgbl_city_name", String(60)),
    Column("elgbl_zip_cd", String(10)),
    Column("elgbl_phne_num", String(15)),
    Column("ctznshp_ind", String(1)),
    Column("imgrtn_stus_cd", String(2)),
    Column("prmry_dgns_cd", String(8)),
)

s3 = boto3.client("s3", region_name="us-gov-west-1")


def handoff_query():
    return select(
        enrollee.c.msis_ident_num,
        enrollee.c.birth_dt,
        enrollee.c.elgbl_line_1_adr,
        enrollee.c.elgbl_city_name,
        enrollee.c.elgbl_zip_cd,
        enrollee.c.elgbl_phne_num,
        enrollee.c.imgrtn_stus_cd,
    ).where(
        enrollee.c.ctznshp_ind == "N",
        enrollee.c.imgrtn_stus_cd.not_in(QUALIFYING),
    )


def write_handoff(engine: Engine) -> tuple[str, int]:
    record_count = 0
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as tmp:
        writer = csv.DictWriter(tmp, fieldnames=HANDOFF_COLUMNS)
        writer.writeheader()
        with engine.connect() as conn:
            for row in conn.execute(handoff_query()).mappings():
                writer.writerow(dict(row))
                record_count += 1
    return tmp.name, record_count


def upload_handoff(engine: Engine, run_date: date) -> str:
    path, record_count = write_handoff(engine)
    key = f"weekly/{run_date:%Y-%m-%d}/{uuid.uuid4()}.csv"
    try:
        s3.upload_file(
            path,
            ICE_HANDOFF_BUCKET,
            key,
            ExtraArgs={
                "ContentType": "text/csv",
                "ServerSideEncryption": "aws:kms",
                "Metadata": {"record_count": str(record_count), "schema_version": "3"},
            },
        )
    finally:
        os.unlink(path)
    log.info("uploaded %d enrollees to s3://%s/%s", record_count, ICE_HANDOFF_BUCKET, key)
    return key
