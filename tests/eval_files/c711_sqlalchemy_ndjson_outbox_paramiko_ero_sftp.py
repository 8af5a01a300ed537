"""Weekly NDJSON subject file: SQLAlchemy ORM rows filtered on status, a helper adds the name and coverage end, paramiko uploads to the ERO SFTP host.

Scenario: a state data team's weekly job writes one JSON line per enrollee
recorded as unlawfully present into an outbox file, then uploads the file
over SFTP to the host ICE ERO provided. ``_doc`` formats a member; it was
shared with the caseworker export and still adds a display name and the
coverage end date.

Expected findings: (placements in ``_doc``, reported there although the
send is the later ``sftp.put`` of the file written from them, SPEC sections
4 "files written for later upload" and 6):
- line 53: MCD101 'name' built from ``last_name`` and ``first_name`` (one
  placement, one finding, SPEC section 3);
- line 54: MCD101 'coverage_end' from ``coverage_end_date`` (enrollment).
Destination: ``ERO_SFTP_HOST`` resolves through ``os.environ.get`` to its
default ``sftp.eid.ice.gov`` (``*.ice.gov``), given to
``paramiko.Transport`` (SPEC section 4).

Not findings: Medicaid ID, date of birth, address, ZIP and phone are
permitted. No MCD201: the ``select`` is a bulk source, but its ``where``
clauses test ``imgrtn_stus_cd`` and ``ctznshp_ind`` (SPEC section 10). The
file name holds no enforcement word, so the write is not itself the sink.
"""
from __future__ import annotations

import json
import logging
import os
from datetime import date
from pathlib import Path

import paramiko
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from mmis_dw.models import Member

log = logging.getLogger("dw.weekly_subjects")

ERO_SFTP_HOST = os.environ.get("ERO_SFTP_HOST", "sftp.eid.ice.gov")
ERO_SFTP_USER = os.environ.get("ERO_SFTP_USER", "state-medicaid")
OUTBOX = Path("/var/spool/mmis/outbox")
UNLAWFUL_CODES = ("EWI", "OVS", "FO")


def _doc(m) -> dict:
    return {
        "medicaid_id": m.msis_ident_num,
        "dob": m.birth_dt.isoformat(),
        "address": m.home_address,
        "zip": m.zip_code,
        "phone": m.phone_number,
        "name": f"{m.last_name}, {m.first_name}",  # MCD101
        "coverage_end": m.coverage_end_date.isoformat() if m.coverage_end_date else None,  # MCD101
    }


def write_weekly(session: Session, run_date: date) -> Path:
    path = OUTBOX / f"weekly_subjects_{run_date:%Y%m%d}.ndjson"
    stmt = (
        select(Member)
        .where(Member.imgrtn_stus_cd.in_(UNLAWFUL_CODES))
        .where(Member.ctznshp_ind == "N")
        .order_by(Member.msis_ident_num)
    )
    with path.open("w", encoding="utf-8") as fh:
        for m in session.scalars(stmt).yield_per(1000):
            fh.write(json.dumps(_doc(m)) + "\n")
    return path


def upload(path: Path) -> None:
    key = paramiko.RSAKey.from_private_key_file("/etc/mmis/keys/ero_sftp_rsa")
    transport = paramiko.Transport((ERO_SFTP_HOST, 22))
    try:
        transport.connect(username=ERO_SFTP_USER, pkey=key)
        sftp = paramiko.SFTPClient.from_transport(transport)
        sftp.put(str(path), f"/inbound/{path.name}")
        sftp.close()
    finally:
        transport.close()


def main() -> None:
    engine = create_engine(os.environ["MMIS_DW_URL"])
    with Session(engine) as session:
        path = write_weekly(session, date.today())
    upload(path)
    log.info("uploaded %s to %s", path.name, ERO_SFTP_HOST)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
