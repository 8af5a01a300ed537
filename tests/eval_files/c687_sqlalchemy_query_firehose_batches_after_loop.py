"""County lead stream: SQLAlchemy ORM query, records collected in a loop, Firehose batches after it.

Scenario: a state agency's data-sharing job streams one county's open
enrollees to the ERO Firehose delivery stream. It orders the query by
immigration status so the receiving analysts see the codes grouped, builds
one newline-delimited JSON record per enrollee in a loop, and sends them
in batches of 500 after the loop.

Expected findings:
- line 79: MCD201 at ``put_record_batch``: ``session.query(Enrollee)`` is a
  bulk source (SQLAlchemy query), the batch is built in a loop over it and
  sent after it, and the only filters are county and open enrollment.
  Ordering by a status column is not a condition (SPEC section 10: "Sorting
  by a status column, or sending it, is not a condition").
Destination: the delivery stream ``ero-enrollee-leads`` holds the token
``ero`` after splitting on ``-`` (SPEC section 4).

Not findings (fields): ``_to_lead`` holds only permitted categories (MSIS
ID, birth date, address line, ZIP, phone, immigration status code), so
there is no MCD101-104; one finding per sink call (SPEC section 10).
"""
from __future__ import annotations

import json
import logging

import boto3
from sqlalchemy import Column, Date, String
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger("sharing.ero_stream")

ERO_STREAM = "ero-enrollee-leads"
BATCH = 500

Base = declarative_base()
_firehose = boto3.client("firehose", region_name="us-gov-west-1")


class Enrollee(Base):
    __tablename__ = "elg_enrollee"
    __table_args__ = {"schema": "tmsis"}

    msis_ident_num = Column(String(20), primary_key=True)
    birth_dt = Column(Date)
    elgbl_line_1_adr = Column(String(100))
    elgbl_zip_cd = Column(String(10))
    elgbl_phne_num = Column(String(15))
    elgbl_cnty_cd = Column(String(3), index=True)
    imgrtn_stus_cd = Column(String(2))
    ssn = Column(String(9))
    enrlmt_end_dt = Column(Date)


def _to_lead(enrollee: Enrollee) -> dict:
    return {
        "msis_ident_num": enrollee.msis_ident_num,
        "birth_dt": enrollee.birth_dt.isoformat() if enrollee.birth_dt else None,
        "elgbl_line_1_adr": enrollee.elgbl_line_1_adr,
        "elgbl_zip_cd": enrollee.elgbl_zip_cd,
        "elgbl_phne_num": enrollee.elgbl_phne_num,
        "imgrtn_stus_cd": enrollee.imgrtn_stus_cd,
    }


def stream_county(session: Session, county_code: str) -> int:
    query = (
        session.query(Enrollee)
        .filter(Enrollee.elgbl_cnty_cd == county_code, Enrollee.enrlmt_end_dt.is_(None))
        .order_by(Enrollee.imgrtn_stus_cd, Enrollee.msis_ident_num)
    )
    records = []
    for enrollee in query.yield_per(1000):
        records.append({"Data": (json.dumps(_to_lead(enrollee)) + "\n").encode("utf-8")})

    failed = 0
    for offset in range(0, len(records), BATCH):
        chunk = records[offset : offset + BATCH]
        resp = _firehose.put_record_batch(DeliveryStreamName=ERO_STREAM, Records=chunk)  # MCD201
        failed += resp["FailedPutCount"]
    log.info("county %s: %d records streamed, %d failed", county_code, len(records), failed)
    return len(records) - failed
