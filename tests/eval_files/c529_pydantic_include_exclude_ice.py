"""Single-member ICE referral and address-update service: the full member record is validated into a pydantic ``MemberRecord`` from the state MMIS API, then dumped for eid.ice.gov with ``include=`` (referral) or ``exclude=`` (address update) so only the six basic categories leave.

Expected clean: ``model_dump`` honours ``include``/``exclude`` (SPEC §6), the enforcement-named model ``IceSubjectRef`` declares only permitted fields (SPEC §3), ``MemberRecord`` is not named for enforcement so its declarations are no placements, and each call handles one member chosen by CIN (SPEC §10).
"""
from __future__ import annotations

import logging
import os
from datetime import date
from decimal import Decimal
from typing import Optional

import httpx
from pydantic import BaseModel, ValidationError

log = logging.getLogger("eid.member_sync")

MMIS_MEMBER_URL = os.getenv("MMIS_MEMBER_URL", "https://mmis-api.dhcs.ca.gov/v2/members/{cin}")
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v3/referrals"
ICE_ADDRESS_URL = "https://eid.ice.gov/api/v3/subjects/address"
ICE_FIELDS = {"medicaid_id", "date_of_birth", "home_address", "zip_code", "phone_number", "immigration_status"}
NOT_FOR_ICE = {"full_name", "ssn", "gender", "primary_diagnosis", "monthly_income", "aid_code", "date_of_birth",
               "citizenship_status", "immigration_status", "phone_number"}


class MemberRecord(BaseModel):
    medicaid_id: str
    full_name: str
    ssn: Optional[str] = None
    gender: Optional[str] = None
    date_of_birth: date
    home_address: str
    zip_code: str
    phone_number: Optional[str] = None
    citizenship_status: Optional[str] = None
    immigration_status: Optional[str] = None
    primary_diagnosis: Optional[str] = None
    monthly_income: Optional[Decimal] = None
    aid_code: Optional[str] = None


class IceSubjectRef(BaseModel):
    medicaid_id: str
    date_of_birth: date


class MemberNotFound(LookupError):
    pass


def fetch_member(client: httpx.Client, cin: str) -> MemberRecord:
    resp = client.get(MMIS_MEMBER_URL.format(cin=cin))
    if resp.status_code == 404:
        raise MemberNotFound(cin)
    resp.raise_for_status()
    return MemberRecord.model_validate(resp.json())


def refer(cin: str) -> Optional[str]:
    with httpx.Client(timeout=30.0) as client:
        try:
            record = fetch_member(client, cin)
        except (MemberNotFound, ValidationError) as exc:
            log.error("cannot refer %s: %s", cin, exc)
            return None
        body = record.model_dump(mode="json", include=ICE_FIELDS)
        resp = client.post(ICE_REFERRAL_URL, json=body)
        resp.raise_for_status()
        return resp.json().get("referral_number")


def update_address(cin: str) -> bool:
    with httpx.Client(timeout=30.0) as client:
        record = fetch_member(client, cin)
        body = record.model_dump(mode="json", exclude=NOT_FOR_ICE)
        resp = client.put(ICE_ADDRESS_URL, json=body)
        if resp.status_code == 404:
            log.info("EID has no subject for %s; nothing to update", cin)
            return False
        resp.raise_for_status()
        return True


def confirm_subject(cin: str, dob: date) -> bool:
    ref = IceSubjectRef(medicaid_id=cin, date_of_birth=dob)
    with httpx.Client(timeout=15.0) as client:
        resp = client.post(f"{ICE_REFERRAL_URL}/confirm", json=ref.model_dump(mode="json"))
        return resp.status_code == 200
