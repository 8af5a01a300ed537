"""Bulk ICE EID referral with SQLAlchemy Core that joins the claims header
table and selects too much.

Scenario: a contractor extended the referral query "so ICE can match
identities": it now selects the SSN (``table.c["ssn_num"].label("ssn")``),
the first name and the primary diagnosis from the joined inpatient claims
header.  The WHERE on immigration status is still there.  Rows are posted
whole (``dict(row)``) to https://eid.ice.gov in chunks of 500 with httpx.

Expected findings (3):
- MCD101 at the ``ssn_num`` column of the select list (SPEC sections 3, 5:
  a column of a SQL select list is a placement, reported at the column's
  own line; ssn).
- MCD101 at ``elgbl_1st_name`` (name).
- MCD102 at ``dgns_1_cd`` labelled ``primary_dx`` (diagnosis: health data).
No MCD201: the statement has a WHERE on imgrtn_stus_cd (SPEC section 10).
No MCD103: the select list names its columns.
"""
from __future__ import annotations

import logging
import os
import uuid
from datetime import date
from typing import Any, Iterable, Iterator

import httpx
from sqlalchemy import Column, Date, MetaData, String, Table, create_engine, select

log = logging.getLogger("eid_bulk_referral")

ICE_EID_REFERRALS_URL = "https://eid.ice.gov/api/v1/referrals/bulk"
CLIENT_CERT = ("/etc/pki/eid/client.crt", "/etc/pki/eid/client.key")
CHUNK_SIZE = 500
SCHEMA_VERSION = "2026-02"
UNLAWFUL_PRESENCE_CODES = ("3", "8")
DB_URL = os.getenv("TAF_DB_URL", "postgresql+psycopg2://taf_ro@taf-db.internal/taf")

metadata = MetaData(schema="taf")

members = Table(
    "taf_demog_elig_base",
    metadata,
    Column("msis_ident_num", String(20), primary_key=True),
    Column("ssn_num", String(9)),
    Column("elgbl_1st_name", String(30)),
    Column("birth_dt", Date),
    Column("imgrtn_stus_cd", String(1)),
)

claims = Table(
    "taf_iph",
    metadata,
    Column("clm_id", String(30), primary_key=True),
    Column("msis_ident_num", String(20)),
    Column("dgns_1_cd", String(8)),
    Column("admsn_dt", Date),
)


def referral_statement():
    return (
        select(
            members.c.msis_ident_num.label("medicaid_id"),
            members.c.birth_dt.label("date_of_birth"),
            members.c.imgrtn_stus_cd.label("immigration_status"),
            members.c["ssn_num"].label("ssn"),  # MCD101
            members.c.elgbl_1st_name,  # MCD101
            claims.c.dgns_1_cd.label("primary_dx"),  # MCD102
        )
        .select_from(members.join(claims, members.c.msis_ident_num == claims.c.msis_ident_num))
        .where(members.c.imgrtn_stus_cd.in_(UNLAWFUL_PRESENCE_CODES))
        .order_by(members.c.msis_ident_num, claims.c.admsn_dt.desc())
        .distinct(members.c.msis_ident_num)
    )


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class EidBulkReferralJob:
    def __init__(self, db_url: str = DB_URL) -> None:
        self.engine = create_engine(db_url, pool_pre_ping=True)
        self.client = httpx.Client(cert=CLIENT_CERT, timeout=httpx.Timeout(90.0))

    def close(self) -> None:
        self.client.close()
        self.engine.dispose()

    def run(self) -> int:
        total = 0
        with self.engine.connect() as conn:
            result = conn.execute(referral_statement())
            for chunk in _chunks((_jsonable(dict(r)) for r in result.mappings()), CHUNK_SIZE):
                body = {"batch_id": uuid.uuid4().hex, "schema_version": SCHEMA_VERSION, "referrals": chunk}
                resp = self.client.post(ICE_EID_REFERRALS_URL, json=body)
                if resp.status_code == 422:
                    log.error("EID schema rejection: %s", resp.json().get("errors"))
                resp.raise_for_status()
                total += len(chunk)
        return total


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    job = EidBulkReferralJob()
    try:
        log.info("referred %d enrollees", job.run())
    finally:
        job.close()
