"""Shared payload models for an ICE/ERO referral integration library (violating).

Scenario: a federal contractor's integration package declares the payload
schemas and one dict builder for a planned ICE referral interface.  No
HTTP client lives in this module (it is imported by the sender service),
but the models and the builder are named for enforcement.  A neutral audit
model and a validation helper sit next to them.

Destination: a class or function named for enforcement (``IceReferral``,
``EroCaseSummary``, ``build_ice_referral``) makes its declared fields or its
returned value enforcement payloads, reported even when no sink is visible
in the module (SPEC section 4); fields of such a model are reported at
their declaration whatever their default, and its constructor keywords are
not reported again (SPEC section 3).

Expected findings:
- ``IceReferral.full_name``: name, MCD101.
- ``IceReferral.primary_language``: language, MCD101.
- ``IceReferral.diagnosis_codes``: diagnosis, MCD102.
- ``IceReferral.score``: unknown field, not harmless, MCD104.
- ``EroCaseSummary.household_size``: household, MCD101 (TypedDict payload
  model, SPEC section 6).
- ``EroCaseSummary.is_pregnant``: pregnancy, MCD102.
- ``build_ice_referral``: ``"email": member.email_address``: e-mail, MCD101;
  ``"medi_cal_aid_code": member.aid_code``: eligibility, MCD101.
Not findings: medicaid_id, date_of_birth, immigration_status, citizenship,
mailing_address, phone; ``IceReferral(...)`` keywords in ``to_referral``
(already reported at the declarations); ``ReferralAudit`` is not named for
enforcement and is never sent; ``SCHEMA_VERSION`` is a constant.
"""
from __future__ import annotations

import logging
import re
from datetime import date, datetime, timezone
from typing import Optional, TypedDict

from pydantic import BaseModel, Field, field_validator

SCHEMA_VERSION = "2026-01"
CIN_RE = re.compile(r"^[0-9]{8}[A-Z]$")

log = logging.getLogger("eid.models")


class IceReferral(BaseModel):
    """Body of POST /referrals on the EID side."""

    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    citizenship: Optional[str] = None
    mailing_address: Optional[str] = None
    phone: Optional[str] = None
    full_name: str  # MCD101
    primary_language: Optional[str] = None  # MCD101
    diagnosis_codes: list[str] = Field(default_factory=list)  # MCD102
    score: float = 0.0  # MCD104

    @field_validator("medicaid_id")
    @classmethod
    def _cin_format(cls, value: str) -> str:
        if not CIN_RE.match(value):
            raise ValueError("medicaid_id must be a 9-character CIN")
        return value

    @field_validator("phone")
    @classmethod
    def _digits(cls, value: Optional[str]) -> Optional[str]:
        if value is None:
            return None
        digits = re.sub(r"\D", "", value)
        return digits or None


class EroCaseSummary(TypedDict):
    medicaid_id: str
    immigration_status: str
    household_size: int  # MCD101
    is_pregnant: bool  # MCD102


class ReferralAudit(BaseModel):
    """Local bookkeeping row; stays in the contractor's database."""

    referral_number: str
    created_at: datetime
    worker_notes: str = ""
    score: float = 0.0


def to_referral(member) -> IceReferral:
    return IceReferral(
        medicaid_id=member.cin,
        date_of_birth=member.birth_date,
        immigration_status=member.imgrtn_stus_cd,
        citizenship=member.ctznshp_ind,
        mailing_address=member.mailing_address,
        phone=member.phone_number,
        full_name=member.full_name,
        primary_language=member.primary_language,
        diagnosis_codes=list(member.diagnosis_codes or []),
    )


def build_ice_referral(member) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "immigration_status": member.imgrtn_stus_cd,
        "email": member.email_address,  # MCD101
        "medi_cal_aid_code": member.aid_code,  # MCD101
    }


def audit_row(referral_number: str) -> ReferralAudit:
    return ReferralAudit(referral_number=referral_number,
                         created_at=datetime.now(timezone.utc))


def validate_batch(items: list) -> tuple[list, list]:
    good, bad = [], []
    for item in items:
        try:
            good.append(IceReferral.model_validate(item))
        except ValueError as exc:
            log.info("invalid referral dropped: %s", exc)
            bad.append(item)
    return good, bad
