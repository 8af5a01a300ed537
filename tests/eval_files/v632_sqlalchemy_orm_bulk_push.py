"""County bulk push of enrollee rows to the ICE EID bulk endpoint.

Scenario: a state data team selects enrollees of the given counties with
a SQLAlchemy ORM ``select`` and posts all of them in one JSON batch to
the ICE EID bulk subjects endpoint.

Expected findings:
- line 52: MCD101 'prmry_lang_cd' (language): a column of the select list of
  a SQL query is a placement at its own line (SPEC section 3, "Column
  lists are placements").
- line 53: MCD101 'dual_elgbl_cd' (eligibility), same rule.
- line 65: MCD201 at the ``requests.post`` call: rows from the bulk source
  ``select(...)`` (SQLAlchemy, SPEC section 10), turned into a batch by a
  comprehension, are sent to ``eid.ice.gov`` with no condition on
  immigration status or citizenship. The ``where`` clauses test county
  and enrollment end date; ``order_by(Enrollee.imgrtn_stus_cd, ...)`` is
  sorting by a status column, which is not a condition, and sending
  ``imgrtn_stus_cd`` is not one either (SPEC section 10).

Not findings: Medicaid ID, birth date, address line, city, ZIP, phone
and immigration status columns are permitted; ``where``/``order_by``
columns send nothing (SPEC section 3); ``params`` carries only
``batch_id`` (harmless list, SPEC section 5).
"""
from __future__ import annotations

import logging

import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from mmis.db import engine
from mmis.models import Enrollee

log = logging.getLogger("warehouse.bulk_push")

ICE_BULK_URL = "https://eid.ice.gov/api/v1/bulk/subjects"
REQUEST_TIMEOUT = 120


def push_county_referrals(counties: list[str], batch_id: str) -> int:
    stmt = (
        select(
            Enrollee.msis_ident_num,
            Enrollee.birth_dt,
            Enrollee.elgbl_line_1_adr,
            Enrollee.elgbl_city_name,
            Enrollee.elgbl_zip_cd,
            Enrollee.elgbl_phne_num,
            Enrollee.imgrtn_stus_cd,
            Enrollee.prmry_lang_cd,  # MCD101
            Enrollee.dual_elgbl_cd,  # MCD101
        )
        .where(Enrollee.elgbl_cnty_cd.in_(counties))
        .where(Enrollee.enrlmt_end_dt.is_(None))
        .order_by(Enrollee.imgrtn_stus_cd, Enrollee.msis_ident_num)
    )
    with Session(engine) as session:
        rows = session.execute(stmt).mappings().all()
    if not rows:
        log.info("batch %s: nothing to send", batch_id)
        return 0
    batch = [dict(r) for r in rows]
    resp = requests.post(ICE_BULK_URL, json=batch, params={"batch_id": batch_id}, timeout=REQUEST_TIMEOUT)  # MCD201
    if resp.status_code == 413:
        log.error("batch %s too large (%d rows)", batch_id, len(batch))
        return 0
    resp.raise_for_status()
    log.info("batch %s: %d rows accepted", batch_id, len(batch))
    return len(batch)
