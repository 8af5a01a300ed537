"""Serializers shared by the member API and the referral exporter.

`MemberSchema` and `EnrolleeRecord` describe the complete member record used
inside the agency.  Referrals reuse them, restricted with `only=` /
`include=` to the basic categories the Dec. 29, 2025 order allows.
"""
from __future__ import annotations

import logging
import os
from datetime import date
from typing import Optional

import httpx
import requests
from marshmallow import Schema, fields
from pydantic import BaseModel

log = logging.getLogger("members.serializers")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
DHS_REFERRAL_URL = os.environ["DHS_REFERRAL_URL"]


class MemberSchema(Schema):
    medicaid_id = fields.Str(required=True)
    date_of_birth = fields.Date()
    full_name = fields.Str()
    ssn = fields.Str()
    diagnosis_codes = fields.List(fields.Str())
    immigration_status = fields.Str()
    home_address = fields.Str()


REFERRAL_SCHEMA = MemberSchema(
    only=(
        "medicaid_id",
        "date_of_birth",
        "immigration_status",
        "home_address",
    )
)


class EnrolleeRecord(BaseModel):
    medicaid_id: str
    date_of_birth: date
    ssn: Optional[str] = None
    primary_diagnosis: Optional[str] = None
    citizenship_status: Optional[str] = None
    household_income: Optional[int] = None


def refer_member(member) -> int:
    resp = requests.post(ICE_REFERRAL_URL, json=REFERRAL_SCHEMA.dump(member), timeout=20)
    return resp.status_code


def refer_enrollee(raw: dict) -> int:
    rec = EnrolleeRecord.model_validate(raw)
    body = rec.model_dump(mode="json", include={"medicaid_id", "date_of_birth", "citizenship_status"})
    resp = httpx.post(DHS_REFERRAL_URL, json=body, timeout=20.0)
    if resp.is_error:
        log.warning("referral for %s failed: %s", rec.medicaid_id, resp.status_code)
    return resp.status_code
