"""Quarterly roster push to the ERO intake.

The roster is every enrollee in the participating counties whose coverage
began in the quarter.  Immigration status travels in each entry and the
roster is ordered by it so the intake can bucket entries; watch-list codes
are logged for the monthly statistics report.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import Iterator, Sequence

import httpx
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from mmis.models import Enrollee

log = logging.getLogger("roster.ero")

ERO_ROSTER_URL = "https://ero-intake.ice.gov/v1/roster"
WATCH_CODES = frozenset({"3", "4"})
UNVERIFIED = "UNVERIFIED"


class EroRosterEntry(BaseModel):
    medicaid_id: str
    date_of_birth: date
    street_address: str | None = None
    zip_code: str | None = None
    phone_number: str | None = None
    immigration_status: str
    aid_code: str | None = None  # MCD101


def roster_query(counties: Sequence[str], start: date, end: date):
    return (
        select(Enrollee)
        .where(Enrollee.county_code.in_(counties))
        .where(Enrollee.coverage_start_date.between(start, end))
        .order_by(Enrollee.immigration_status, Enrollee.cin)
    )


def iter_entries(session: Session, counties: Sequence[str], start: date, end: date) -> Iterator[EroRosterEntry]:
    for enrollee in session.scalars(roster_query(counties, start, end)):
        if enrollee.immigration_status in WATCH_CODES:
            log.info("watch-list status %s on roster", enrollee.immigration_status)
        yield EroRosterEntry(
            medicaid_id=enrollee.cin,
            date_of_birth=enrollee.birth_date,
            street_address=enrollee.street_address,
            zip_code=enrollee.zip_code,
            phone_number=enrollee.phone_number,
            immigration_status=enrollee.immigration_status if enrollee.immigration_verified else UNVERIFIED,
            aid_code=enrollee.aid_code,
        )


def push_roster(session: Session, counties: Sequence[str], start: date, end: date) -> int:
    pushed = 0
    rejected = 0
    with httpx.Client(timeout=30.0) as client:
        for entry in iter_entries(session, counties, start, end):
            resp = client.post(ERO_ROSTER_URL, json=entry.model_dump(mode="json"))  # MCD201
            if resp.status_code == 422:
                rejected += 1
                log.warning("intake rejected an entry: %s", resp.text[:120])
                continue
            resp.raise_for_status()
            pushed += 1
    log.info("roster push: %d accepted, %d rejected", pushed, rejected)
    return pushed


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    first_month = 3 * (quarter - 1) + 1
    start = date(year, first_month, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, first_month + 3, 1)
    return start, end
