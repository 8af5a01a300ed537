"""Subject pushes for the nightly job and for the SAVE reconciliation replay.

``push_enrollees`` takes an iterable of enrollee dicts and posts each one
to the EID subjects endpoint.  Both callers hand it only enrollees whose
status shows they are not lawfully present: the nightly job through the
queryset filter, the replay through the comprehension over the SAVE file.
"""
from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import requests

from eligibility.models import Enrollee

log = logging.getLogger(__name__)

EID_SUBJECTS_URL = "https://eid.ice.gov/api/v2/subjects"
NOT_LAWFULLY_PRESENT = ("UNDOC", "EXPIRED_PAROLE", "OVERSTAY")
CITIZEN = "CITIZEN"


@dataclass
class PushResult:
    pushed: int = 0
    duplicates: int = 0


def _subject(enrollee: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "medicaid_id": enrollee["cin"],
        "date_of_birth": str(enrollee["birth_date"]),
        "immigration_status": enrollee["immigration_status"],
        "home_address": enrollee["home_address"],
        "phone": enrollee["phone_number"],
    }


def push_enrollees(enrollees: Iterable[Mapping[str, Any]], session: requests.Session | None = None) -> PushResult:
    session = session or requests.Session()
    result = PushResult()
    for enrollee in enrollees:
        resp = session.post(EID_SUBJECTS_URL, json=_subject(enrollee), timeout=30)
        if resp.status_code == 409:
            result.duplicates += 1
            continue
        resp.raise_for_status()
        result.pushed += 1
    return result


def nightly_job() -> PushResult:
    qs = Enrollee.objects.filter(immigration_status__in=NOT_LAWFULLY_PRESENT).values(
        "cin", "birth_date", "immigration_status", "home_address", "phone_number"
    )
    result = push_enrollees(qs.iterator())
    log.info("nightly: %s", result)
    return result


def replay_reconciliation(path: Path) -> PushResult:
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        keep = [
            r for r in reader
            if r["citizenship_status"] != CITIZEN and r["immigration_status"] in NOT_LAWFULLY_PRESENT
        ]
    log.info("replaying %d reconciled enrollees from %s", len(keep), path.name)
    result = push_enrollees(keep)
    log.info("replay: %s", result)
    return result
