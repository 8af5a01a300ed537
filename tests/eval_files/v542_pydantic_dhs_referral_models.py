"""Referral service whose pydantic payload models are named for enforcement (``DhsReferral`` and its subclass ``DhsReferralV2``), posted to the ICE EID referral URL taken from the environment with an ice.gov default.

Fields of a model named for enforcement are reported at their declarations whatever their default, and its constructor keywords are not reported again (SPEC §3, §4): ``full_name`` (MCD101), ``primary_diagnosis`` (MCD102), and in the subclass ``email`` (MCD101) and ``medicare_id`` (MCD101); one member per call, so no MCD201.
"""
from __future__ import annotations

import logging
import os
import time
from datetime import date
from typing import Optional

import httpx
from pydantic import BaseModel, Field, ValidationError, field_validator

log = logging.getLogger("referrals.models")

ICE_REFERRAL_URL = os.getenv("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v3/referrals")
TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class DhsReferral(BaseModel):
    medicaid_id: str = Field(min_length=8, max_length=14)
    date_of_birth: date
    home_address: str
    zip_code: str
    phone_number: Optional[str] = None
    immigration_status: str
    full_name: str  # MCD101
    primary_diagnosis: Optional[str] = None  # MCD102

    @field_validator("zip_code")
    @classmethod
    def _five_digit_zip(cls, v: str) -> str:
        digits = "".join(ch for ch in v if ch.isdigit())
        if len(digits) < 5:
            raise ValueError("zip_code needs five digits")
        return digits[:5]


class DhsReferralV2(DhsReferral):
    citizenship_status: Optional[str] = None
    email: Optional[str] = None  # MCD101
    medicare_id: Optional[str] = None  # MCD101


class ReferralRejected(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(f"{status}: {detail}")
        self.status = status


def build_referral(member) -> DhsReferralV2:
    return DhsReferralV2(
        medicaid_id=member.cin,
        date_of_birth=member.birth_date,
        home_address=member.home_address,
        zip_code=member.zip_code,
        phone_number=member.phone,
        immigration_status=member.immigration_status,
        citizenship_status=member.citizenship_status,
        full_name=f"{member.first_name} {member.last_name}",
        primary_diagnosis=member.primary_diagnosis,
        email=member.email,
        medicare_id=member.mbi,
    )


def submit(referral: DhsReferralV2, attempts: int = 3) -> str:
    body = referral.model_dump(mode="json", exclude_none=True)
    with httpx.Client(timeout=TIMEOUT) as client:
        for attempt in range(1, attempts + 1):
            try:
                resp = client.post(ICE_REFERRAL_URL, json=body)
            except httpx.HTTPError as exc:
                log.warning("attempt %d: %s", attempt, exc)
                time.sleep(2 ** attempt)
                continue
            if resp.status_code == 429:
                time.sleep(float(resp.headers.get("Retry-After", "5")))
                continue
            if resp.status_code >= 400:
                raise ReferralRejected(resp.status_code, resp.text[:300])
            return resp.json()["referral_id"]
    raise ReferralRejected(503, "EID unavailable after retries")


def refer(member) -> Optional[str]:
    try:
        referral = build_referral(member)
    except ValidationError as exc:
        log.error("member %s failed validation: %s", getattr(member, "cin", "?"), exc.errors())
        return None
    try:
        return submit(referral)
    except ReferralRejected as exc:
        log.error("referral rejected: %s", exc)
        return None
