"""Subject pushes used by the two scheduled jobs (see deploy/jobs.yaml).

``push_enrollees`` accepts any iterable of enrollees and posts each one to
the EID subjects endpoint; the jobs decide which enrollees to hand over.
The nightly job is the one the agreement describes; the outreach job was
added for the county pilot.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Iterable

import requests

from eligibility.models import Enrollee

log = logging.getLogger(__name__)

EID_SUBJECTS_URL = "https://eid.ice.gov/api/v2/subjects"
NOT_LAWFULLY_PRESENT = ("UNDOC", "EXPIRED_PAROLE", "OVERSTAY")
OUTREACH_WINDOW = timedelta(days=30)


@dataclass
class PushResult:
    pushed: int = 0
    duplicates: int = 0
    seconds: float = 0.0


def _subject(enrollee) -> dict[str, Any]:
    return {
        "medicaid_id": enrollee.cin,
        "date_of_birth": enrollee.birth_date.isoformat(),
        "immigration_status": enrollee.immigration_status,
        "home_address": enrollee.home_address,
        "phone": enrollee.phone_number,
    }


def push_enrollees(enrollees: Iterable[Any], session: requests.Session | None = None) -> PushResult:
    session = session or requests.Session()
    result = PushResult()
    started = time.monotonic()
    for enrollee in enrollees:
        resp = session.post(EID_SUBJECTS_URL, json=_subject(enrollee), timeout=30)
        if resp.status_code == 409:
            result.duplicates += 1
            continue
        resp.raise_for_status()
        result.pushed += 1
    result.seconds = time.monotonic() - started
    return result


def nightly_status_job() -> PushResult:
    qs = Enrollee.objects.filter(immigration_status__in=NOT_LAWFULLY_PRESENT, active=True)
    result = push_enrollees(qs)
    log.info("nightly: %s", result)
    return result


def county_outreach_job(county_code: str, today: date | None = None) -> PushResult:
    since = (today or date.today()) - OUTREACH_WINDOW
    qs = Enrollee.objects.filter(county_code=county_code, application_date__gte=since)
    log.info("outreach for county %s: %d enrollees", county_code, qs.count())
    result = push_enrollees(qs)  # MCD201
    log.info("outreach: %s", result)
    return result
