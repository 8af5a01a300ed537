"""Async ICE referral from a pydantic case record, cut down with ``exclude=`` / ``include=`` (clean).

Scenario: the agency's intake API validates a caseworker's referral JSON into
``CaseRecord`` (a pydantic model with SSN, names, e-mail, diagnosis and
household income besides the permitted categories).  A pydantic-settings
class supplies the ICE URL, timeout and retry budget.  The referral body is
an envelope merged with ``|`` and the record dumped with ``exclude=`` of
every non-permitted field; a follow-up status update sends
``model_dump_json(include=...)``.

Why no finding is expected:
- SPEC 6: ``model_dump`` honours ``exclude=`` and ``model_dump_json``
  honours ``include=``.  ``CaseRecord`` is declared in the module, so its
  declared fields flow (not MCD103); after ``exclude=`` only medicaid_id,
  date_of_birth, home_address, zip_code, phone_number,
  immigration_status and citizenship_status remain - all permitted (SPEC 1).
  ``CaseRecord`` is not named for enforcement, so its declarations are not
  placements (SPEC 3); ``model_validate`` has no keyword placements.
- The envelope holds ``request_id`` (harmless, SPEC 5) and a constant.
- The destination is enforcement (the settings key ``ice_referral_url`` and
  host ``eid.ice.gov``, SPEC 4); the file is clean only because of the
  exclusions.  One case per call: not MCD201 (SPEC 10).
"""
from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import date
from decimal import Decimal

import httpx
from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("intake.referrals")

SCHEMA_VERSION = "2026.01"


class ReferralSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REFERRAL_")

    ice_referral_url: str = "https://eid.ice.gov/api/v1/referrals"
    timeout_seconds: float = 20.0
    max_attempts: int = 4


settings = ReferralSettings()


class CaseRecord(BaseModel):
    medicaid_id: str
    date_of_birth: date
    home_address: str
    zip_code: str
    phone_number: str | None = None
    immigration_status: str
    citizenship_status: str
    ssn: str | None = None
    first_name: str
    last_name: str
    email: str | None = None
    primary_diagnosis: str | None = None
    household_income: Decimal | None = None


async def _post_with_retry(client, url, body):
    for attempt in range(1, settings.max_attempts + 1):
        try:
            resp = await client.post(url, json=body)
            resp.raise_for_status()
            return resp.json()
        except httpx.TransportError as exc:
            if attempt == settings.max_attempts:
                raise
            log.warning("attempt %d failed (%s); backing off", attempt, exc)
            await asyncio.sleep(2**attempt)
    return None


async def refer(record: CaseRecord):
    request_id = uuid.uuid4().hex
    envelope = {"request_id": request_id, "schema_version": SCHEMA_VERSION}
    subject = record.model_dump(
        mode="json",
        exclude={"ssn", "first_name", "last_name", "email", "primary_diagnosis", "household_income"},
    )
    body = envelope | {"subject": subject}
    async with httpx.AsyncClient(timeout=settings.timeout_seconds) as client:
        result = await _post_with_retry(client, settings.ice_referral_url, body)
        status_update = record.model_dump_json(include={"medicaid_id", "immigration_status"})
        await client.put(
            f"{settings.ice_referral_url}/{request_id}/status",
            content=status_update,
            headers={"Content-Type": "application/json"},
        )
    log.info("referral %s accepted", request_id)
    return result


async def refer_from_intake(raw: dict):
    record = CaseRecord.model_validate(raw)
    if record.citizenship_status == "US_CITIZEN":
        log.info("intake %s: citizen, not referred", record.medicaid_id)
        return None
    return await refer(record)

