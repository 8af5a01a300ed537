"""Nightly sweep: status-filtered enrollees handed one by one to service.refer.

Scenario:
    Selects enrollees with SQLAlchemy, skips anyone the scope predicate does
    not mark as unlawfully present, and calls service.refer(member) for each.
    It hands on only the nameless member object, so the packet's fields are
    reported where service.py places them, not here (SPEC section 3).

Expected findings:
    none (the predicate is_unlawfully_present is a condition on status,
    SPEC section 10; refer(member) places nothing here)
"""
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from nv_medicaid.schema import Enrollee

from .scope import is_unlawfully_present
from .service import refer

log = logging.getLogger("nv_subjects.nightly")


def sweep(session: Session, county: str) -> int:
    stmt = select(Enrollee).where(Enrollee.county == county, Enrollee.active.is_(True))
    referred = 0
    for member in session.scalars(stmt):
        if not is_unlawfully_present(member):
            continue
        refer(member)
        referred += 1
    log.info("referred %d enrollees in %s", referred, county)
    return referred
