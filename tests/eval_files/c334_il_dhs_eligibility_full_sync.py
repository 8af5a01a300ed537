"""Nightly sync of full member records from the MCO enrollment database to
the Illinois Department of Human Services eligibility API (IES).

Illinois DHS is the state Medicaid agency's partner for eligibility, not an
immigration-enforcement agency: it receives the complete record, including
SSN, demographics and the current diagnosis list used for waiver screening.
"""
import logging
from dataclasses import asdict, dataclass, field
from datetime import date

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from mco.db import engine
from mco.tables import enrollee_table

log = logging.getLogger("il.ies.sync")

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
DHS_TIMEOUT = 45.0


@dataclass
class EnrolleeRecord:
    recipient_id: str
    first_name: str
    last_name: str
    ssn: str
    birth_date: date
    sex: str
    race_code: str
    preferred_language: str
    monthly_income: int
    diagnosis_codes: list[str] = field(default_factory=list)


class DhsEligibilityClient:
    def __init__(self):
        self.base_url = DHS_ELIGIBILITY_URL
        self.session = httpx.Client(timeout=DHS_TIMEOUT)

    def upsert(self, record):
        url = f"{self.base_url}/recipients/{record.recipient_id}"
        resp = self.session.put(url, json=asdict(record, dict_factory=_jsonable))
        resp.raise_for_status()
        return resp.json()

    def upsert_raw(self, row):
        resp = self.session.post(f"{self.base_url}/recipients", json=vars(row))
        resp.raise_for_status()

    def report_changes(self, report):
        self.session.post(f"{self.base_url}/change-reports", json=report).raise_for_status()


def build_dhs_change_report(enrollee, previous):
    return {
        "recipient_id": enrollee.recipient_id,
        "ssn": enrollee.ssn,
        "household_size": enrollee.household_size,
        "monthly_income": enrollee.monthly_income,
        "previous_income": previous.monthly_income,
    }


def _jsonable(items):
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in items}


def run_nightly(previous_by_id):
    client = DhsEligibilityClient()
    with Session(engine) as db:
        enrollees = db.execute(select(enrollee_table)).all()
        for enrollee in enrollees:
            record = EnrolleeRecord(
                recipient_id=enrollee.recipient_id,
                first_name=enrollee.first_name,
                last_name=enrollee.last_name,
                ssn=enrollee.ssn,
                birth_date=enrollee.birth_date,
                sex=enrollee.sex,
                race_code=enrollee.race_code,
                preferred_language=enrollee.preferred_language,
                monthly_income=enrollee.monthly_income,
                diagnosis_codes=enrollee.diagnosis_codes.split(","),
            )
            try:
                client.upsert(record)
            except httpx.HTTPStatusError as exc:
                log.warning("IES rejected %s: %s", enrollee.recipient_id, exc)
                client.upsert_raw(enrollee)
            previous = previous_by_id.get(enrollee.recipient_id)
            if previous is not None and previous.monthly_income != enrollee.monthly_income:
                client.report_changes(build_dhs_change_report(enrollee, previous))
    log.info("IES sync finished for %d enrollees", len(enrollees))
