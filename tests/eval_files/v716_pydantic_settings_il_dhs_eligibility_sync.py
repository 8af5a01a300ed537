"""pydantic BaseSettings service syncs full eligibility records to the Illinois DHS API.

Scenario:
    An Illinois managed-care vendor pushes each redetermined enrollee's full
    eligibility record (name, SSN, income, household, diagnosis flags) to the
    Illinois Department of Human Services eligibility API. The URL lives in a
    pydantic BaseSettings class under a "DHS" key, the client is called
    DhsEligibilityClient, and the sender uses a tenacity Retrying loop.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - "DHS" here is the Illinois Department of Human Services: the URL
      default resolves to eligibility.dhs.illinois.gov, a state .gov domain
      on the non-enforcement list, which overrides every name signal
      (SPEC section 4, non-enforcement list and "DHS_ELIGIBILITY_URL" example).
    - Sending member data, health flags included, to a state agency is not a
      transfer to an enforcement endpoint (SPEC section 8, no false alarms).
"""
from __future__ import annotations

import logging
from datetime import date

import requests
from pydantic_settings import BaseSettings, SettingsConfigDict
from tenacity import Retrying, stop_after_attempt, wait_fixed

log = logging.getLogger("il.redetermination")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MCO_", env_file=".env")

    DHS_ELIGIBILITY_URL: str = "https://eligibility.dhs.illinois.gov/api/v3/redeterminations"
    DHS_TIMEOUT_SECONDS: float = 30.0
    DHS_MAX_ATTEMPTS: int = 5


settings = Settings()


class DhsEligibilityClient:
    def __init__(self) -> None:
        self.url = settings.DHS_ELIGIBILITY_URL
        self._session = requests.Session()

    def push(self, record: dict) -> None:
        for attempt in Retrying(stop=stop_after_attempt(settings.DHS_MAX_ATTEMPTS), wait=wait_fixed(4), reraise=True):
            with attempt:
                resp = self._session.post(self.url, json=record, timeout=settings.DHS_TIMEOUT_SECONDS)
                resp.raise_for_status()


def eligibility_record(member, determination) -> dict:
    return {
        "recipient_id": member.recipient_id,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "ssn": member.ssn,
        "date_of_birth": member.date_of_birth.isoformat(),
        "household_size": determination.household_size,
        "monthly_income": str(determination.monthly_income),
        "fpl_percent": determination.fpl_percent,
        "disability_status": member.disability_status,
        "is_pregnant": member.is_pregnant,
        "eligibility_group": determination.eligibility_group,
        "redetermination_date": determination.decided_on.isoformat(),
    }


def sync_redeterminations(repository, decided_on: date) -> int:
    client = DhsEligibilityClient()
    count = 0
    for determination in repository.determinations(decided_on=decided_on):
        member = repository.member(determination.recipient_id)
        client.push(eligibility_record(member, determination))
        count += 1
    log.info("synced %d redeterminations for %s", count, decided_on)
    return count
