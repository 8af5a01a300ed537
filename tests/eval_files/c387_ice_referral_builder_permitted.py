"""Single-person ICE referral, limited to the six basic categories.

Used by the caseworker console after a verified request naming one
enrollee by Medicaid ID.
"""
import logging
from datetime import date
from typing import Optional

import httpx
from pydantic import BaseModel

from members.models import Member

log = logging.getLogger(__name__)

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"


class IceReferral(BaseModel):
    medicaid_id: str
    date_of_birth: date
    home_address: Optional[str] = None
    phone_number: Optional[str] = None
    citizenship_status: Optional[str] = None
    immigration_status: Optional[str] = None


class IceReferralBuilder:
    def __init__(self, medicaid_id):
        self._fields = {"medicaid_id": medicaid_id}

    def set_birth_date(self, dob):
        self._fields["date_of_birth"] = dob
        return self

    def set_address(self, street, city, zip_code):
        self._fields["home_address"] = f"{street}, {city} {zip_code}"
        return self

    def set_phone(self, phone):
        if phone:
            self._fields["phone_number"] = "".join(ch for ch in phone if ch.isdigit())
        return self

    def set_status(self, citizenship_status, immigration_status):
        self._fields["citizenship_status"] = citizenship_status
        self._fields["immigration_status"] = immigration_status
        return self

    def build(self):
        return IceReferral(**self._fields)


def referral_for(cin):
    member = Member.objects.select_related("home").get(cin=cin)
    builder = IceReferralBuilder(member.cin).set_birth_date(member.birth_date)
    if member.home is not None:
        builder.set_address(member.home.street, member.home.city, member.home.zip_code)
    builder.set_phone(member.phone)
    builder.set_status(member.citizenship_status, member.immigration_status)
    return builder.build()


def submit(cin, cert_path):
    referral = referral_for(cin)
    resp = httpx.post(
        ICE_REFERRAL_URL,
        content=referral.model_dump_json(),
        headers={"Content-Type": "application/json"},
        cert=cert_path,
        timeout=30.0,
    )
    if resp.status_code == 409:
        log.info("referral for %s already on file", cin)
        return None
    resp.raise_for_status()
    return resp.json()["referral_id"]
