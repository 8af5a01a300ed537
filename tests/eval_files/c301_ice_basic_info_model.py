"""Basic-information referral, limited to the categories the court allowed.

Counsel reviewed this model against the Dec. 29, 2025 order in California v.
HHS: citizenship, immigration status, address, phone number, date of birth
and Medicaid ID, and nothing else.  Do not add fields without a legal review.
"""
from __future__ import annotations

import logging
import os
import uuid
from datetime import date
from typing import Optional

import requests
from pydantic import BaseModel, ConfigDict

log = logging.getLogger("referrals.basic_info")

ICE_REFERRAL_URL = os.environ.get("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")
NOT_LAWFULLY_PRESENT = frozenset({"7", "8"})
HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class IceBasicInfoReferral(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    correlation_id: str
    medicaid_id: str
    date_of_birth: date
    citizenship_status: str
    immigration_status: str
    home_address: str
    mailing_address: Optional[str] = None
    phone_number: Optional[str] = None


def build_ice_referral(member, correlation_id: str) -> IceBasicInfoReferral:
    return IceBasicInfoReferral(
        correlation_id=correlation_id,
        medicaid_id=member.medicaid_id,
        date_of_birth=member.date_of_birth,
        citizenship_status=member.citizenship_status,
        immigration_status=member.immigration_status,
        home_address=member.home_address,
        mailing_address=member.mailing_address,
        phone_number=member.phone_number,
    )


def refer(member) -> Optional[str]:
    """Refer one member selected by a caseworker; returns the referral number."""
    if member.immigration_status not in NOT_LAWFULLY_PRESENT:
        log.info("member %s not referable: status %s", member.medicaid_id, member.immigration_status)
        return None

    referral = build_ice_referral(member, uuid.uuid4().hex)
    resp = requests.post(
        ICE_REFERRAL_URL,
        data=referral.model_dump_json(),
        headers=HEADERS,
        timeout=20,
    )
    resp.raise_for_status()
    number = resp.json().get("referral_number")
    log.info("member %s referred as %s", referral.medicaid_id, number)
    return number
