"""Nightly copy of MMIS members into the ERO liaison database over a linked connection; ``insert_referral`` builds its INSERT from the record's keys and is marked with the enforcement pragma (SPEC §4 "any call or function marked with the pragma").

The record dict is the placement (SPEC §3): ``ssn`` and ``race`` are MCD101 and ``match_confidence`` is in no vocabulary (MCD104); the pragma'd sink is called inside the loop over a SQLAlchemy ``select(Member)`` filtered only by county and open enrollment (the status test only logs), so MCD201 at that call (SPEC §10).
"""
import logging
import os
import sys
from datetime import date

import psycopg
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from mmis.models import Member

log = logging.getLogger("ero.linked_copy")

MMIS_URL = os.environ.get("MMIS_URL", "postgresql+psycopg://etl@mmis-dw.internal/mmis")
ERO_LINK_DSN = os.environ.get("ERO_LINK_DSN", "postgresql://xfer@ero-link.ice.gov:5432/referrals")
REFERRAL_TABLE = "ero_referral"
COMMIT_EVERY = 500


class CopyStats:
    def __init__(self) -> None:
        self.copied = 0
        self.failed = 0

    def __repr__(self) -> str:
        return f"CopyStats(copied={self.copied}, failed={self.failed})"


def insert_referral(cur, record: dict) -> None:  # medicaid-scope: enforcement
    columns = list(record)
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        REFERRAL_TABLE,
        ", ".join(columns),
        ", ".join(f"%({c})s" for c in columns),
    )
    cur.execute(sql, record)


def _open_link() -> psycopg.Connection:
    return psycopg.connect(ERO_LINK_DSN, connect_timeout=15, application_name="mmis-ero-copy")


def copy_counties(counties: list[str]) -> CopyStats:
    stats = CopyStats()
    engine = create_engine(MMIS_URL, pool_pre_ping=True)
    stmt = (
        select(Member)
        .where(Member.county_code.in_(counties))
        .where(Member.enrollment_end_date.is_(None))
        .order_by(Member.member_id)
        .execution_options(yield_per=1000)
    )
    with Session(engine) as session, _open_link() as link:
        with link.cursor() as link_cur:
            for member in session.scalars(stmt):
                if member.citizenship_status == "UNVERIFIED":
                    log.warning("member %s: citizenship not verified", member.member_id)
                record = {
                    "member_id": member.member_id,
                    "dob": member.dob,
                    "street_address": member.street_address,
                    "zip_code": member.zip_code,
                    "phone_number": member.phone_number,
                    "ssn": member.ssn,  # MCD101
                    "race": member.race,  # MCD101
                    "match_confidence": member.match_confidence,  # MCD104
                }
                try:
                    insert_referral(link_cur, record)  # MCD201
                except psycopg.errors.UniqueViolation:
                    link.rollback()
                    stats.failed += 1
                    continue
                stats.copied += 1
                if stats.copied % COMMIT_EVERY == 0:
                    link.commit()
                    log.info("committed %d rows", stats.copied)
            link.commit()
    return stats


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    wanted = sys.argv[1:] or ["001", "019", "037"]
    log.info("linked copy for %s starting %s", wanted, date.today().isoformat())
    result = copy_counties(wanted)
    log.info("linked copy finished: %r", result)
    sys.exit(0 if result.failed == 0 else 2)
