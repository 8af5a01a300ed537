"""Renewal-cohort referral file written for ICE with SQLAlchemy Core.

Scenario: a state agency's redetermination batch selects the members
whose renewal is due before a cutoff and writes them, one JSON object per
line, to ``ice_referrals_<date>.ndjson`` in the outbound folder that an
ICE-operated agent collects. No upload is visible in the module: the
file itself is the sink.

Expected findings:
- line 64: MCD101 'ssn' (labelled ``subject_ssn``) and
- line 65: MCD101 'aid_code' (eligibility): the columns of the select list
  are placements, each at its own line (SPEC section 3); the rows are
  written whole (``dict(row)`` and ``json.dumps`` keep the names, SPEC
  section 6).
- line 77: MCD201 at ``fh.write``: SQLAlchemy ``select`` rows are a bulk
  source, the write sits in the loop over them, and the only ``WHERE`` is
  on the renewal date; ordering by immigration status is no condition
  (SPEC section 10: "a file that is itself the enforcement sink (its name
  carries a token and no upload is visible) at the write").
Destination: the file name ``ice_referrals_<date>.ndjson`` holds the
token ``ice`` after splitting on ``_`` (SPEC section 4); the function is
also named for enforcement.

Not findings: CIN, birth date, home address, ZIP and immigration status
are permitted; the ``Table`` definition sends nothing.
"""
from __future__ import annotations

import json
import logging
import os
from datetime import date

from sqlalchemy import Column, Date, MetaData, String, Table, create_engine, select
from sqlalchemy.engine import Engine

log = logging.getLogger("redetermination.ice_file")

OUTBOUND_DIR = os.environ.get("OUTBOUND_DIR", "/srv/outbound/federal")
metadata = MetaData(schema="mmis")

member = Table(
    "member",
    metadata,
    Column("cin", String(9), primary_key=True),
    Column("birth_date", Date),
    Column("home_address", String(160)),
    Column("zip_code", String(10)),
    Column("immigration_status", String(4)),
    Column("ssn", String(9)),
    Column("aid_code", String(3)),
    Column("renewal_due_date", Date),
)


def renewal_leads_query(cutoff: date):
    return (
        select(
            member.c.cin,
            member.c.birth_date,
            member.c.home_address,
            member.c.zip_code,
            member.c.immigration_status,
            member.c.ssn.label("subject_ssn"),  # MCD101
            member.c.aid_code,  # MCD101
        )
        .where(member.c.renewal_due_date < cutoff)
        .order_by(member.c.immigration_status, member.c.cin)
    )


def write_ice_referral_file(engine: Engine, cutoff: date) -> str:
    path = os.path.join(OUTBOUND_DIR, f"ice_referrals_{cutoff:%Y%m%d}.ndjson")
    written = 0
    with engine.connect() as conn, open(path, "w", encoding="utf-8") as fh:
        for row in conn.execute(renewal_leads_query(cutoff)).mappings():
            fh.write(json.dumps(dict(row), default=str) + "\n")  # MCD201
            written += 1
    log.info("wrote %d renewal leads to %s", written, path)
    return path


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    write_ice_referral_file(create_engine(os.environ["MMIS_DB_URL"]), date.today())
