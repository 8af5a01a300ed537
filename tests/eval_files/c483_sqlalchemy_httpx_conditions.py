"""SQLAlchemy selections sent to ICE EID through an httpx client (expected clean).

Scenario: a contractor's nightly job sends ICE EID batches of basic
records for enrollees the state has determined to be unlawfully present.
Three selections feed it, each with the status condition written a
different way: an ORM ``select`` with ``.where(...in_(...))``, a raw SQL
``JOIN ... ON`` against the VLP results table, and a list comprehension
over a ``records`` parameter guarded by a ``match``-based predicate.

Why no finding is expected:
- Destination: ``httpx.Client(base_url=ICE_EID_BASE)`` resolves to
  ``eid.ice.gov`` (enforcement, SPEC §4).
- Fields: ``_basic`` reads only permitted names (Medicaid ID, date of
  birth, home address, ZIP, phone, immigration status); the batch
  envelope holds ``batch_id`` and ``record_count`` (harmless, SPEC §5;
  ``len()`` drops names).  The raw SQL select list names only permitted
  columns; the ``JOIN ... ON``/``WHERE``/``ORDER BY`` columns send nothing.
- Population (SPEC §10): every bulk source has a condition on the
  immigration-status category deciding which records are sent: the ORM
  ``.where(Member.immigration_status.in_(...))`` (the extra
  ``order_by(Member.immigration_status)`` would not count by itself), the
  SQL ``JOIN ... ON v.imgrtn_stus_cd = ...``, and the comprehension
  condition ``is_deportable(r)``, a same-module function named for the
  condition (a word beginning with ``deportab``) whose result depends on
  ``imgrtn_stus_cd``.  Chunks filled across iterations and sent later are
  cleared by the same conditions.
"""
import itertools
import logging
import uuid

import httpx
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from eligibility.models import Member

ICE_EID_BASE = "https://eid.ice.gov"
BATCH_PATH = "/api/v1/subjects/batch"
REMOVABLE = ("EWI", "OVS", "FOR")
CHUNK = 500

VLP_JOIN_SQL = text(
    """
    SELECT m.cin,
           m.birth_date,
           m.home_address,
           m.zip_code,
           m.phone_number,
           v.imgrtn_stus_cd AS immigration_status
      FROM elig.member m
      JOIN elig.vlp_result v
        ON v.cin = m.cin
       AND v.imgrtn_stus_cd IN ('EWI', 'OVS')
     WHERE m.county_code = :county
     ORDER BY m.cin
    """
)

log = logging.getLogger("eid.nightly")


def is_deportable(r) -> bool:
    match r.imgrtn_stus_cd:
        case "EWI" | "OVS" | "FOR":
            return True
        case _:
            return False


def _basic(r) -> dict:
    return {
        "medicaid_id": r.cin,
        "date_of_birth": r.birth_date.isoformat(),
        "home_address": r.home_address,
        "zip_code": r.zip_code,
        "phone": r.phone_number,
        "immigration_status": r.immigration_status,
    }


def _chunks(items, size):
    it = iter(items)
    while block := list(itertools.islice(it, size)):
        yield block


def _send(client: httpx.Client, subjects: list) -> None:
    body = {"batch_id": uuid.uuid4().hex, "record_count": len(subjects), "subjects": subjects}
    client.post(BATCH_PATH, json=body).raise_for_status()


def orm_batches(session: Session, county: str) -> int:
    stmt = (
        select(Member)
        .where(Member.county_code == county)
        .where(Member.immigration_status.in_(REMOVABLE))
        .order_by(Member.immigration_status, Member.cin)
    )
    sent = 0
    with httpx.Client(base_url=ICE_EID_BASE, timeout=60.0) as client:
        for block in _chunks(session.scalars(stmt), CHUNK):
            _send(client, [_basic(m) for m in block])
            sent += len(block)
    return sent


def vlp_join_batches(session: Session, county: str) -> int:
    sent = 0
    pending = []
    with httpx.Client(base_url=ICE_EID_BASE, timeout=60.0) as client:
        for row in session.execute(VLP_JOIN_SQL, {"county": county}):
            pending.append(_basic(row))
            if len(pending) == CHUNK:
                _send(client, pending)
                sent += len(pending)
                pending = []
        if pending:
            _send(client, pending)
            sent += len(pending)
    return sent


def resend_records(records) -> int:
    subjects = [_basic(r) for r in records if is_deportable(r)]
    with httpx.Client(base_url=ICE_EID_BASE, timeout=60.0) as client:
        for block in _chunks(subjects, CHUNK):
            _send(client, block)
    return len(subjects)
