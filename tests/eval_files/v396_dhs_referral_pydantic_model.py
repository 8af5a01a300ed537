"""DHS referral submission for one enrollee (console action)."""
import logging
from datetime import date
from typing import Optional

import httpx
from django.conf import settings
from pydantic import BaseModel, Field

from members.models import Member

log = logging.getLogger(__name__)


class DhsReferralPayload(BaseModel):
    medicaid_id: str
    dob: date
    home_address: Optional[str] = None
    phone: Optional[str] = None
    full_name: str  # MCD101
    sex: Optional[str] = None  # MCD101
    primary_dx: Optional[str] = Field(default=None, max_length=10)  # MCD102
    score: float = 0.0  # MCD104


class SubmissionFailed(Exception):
    pass


def _address_line(member):
    home = member.home
    if home is None:
        return None
    return f"{home.street}, {home.city}, {home.state} {home.zip_code}"


def payload_for(member):
    return DhsReferralPayload(
        medicaid_id=member.cin,
        dob=member.birth_date,
        home_address=_address_line(member),
        phone=member.phone,
        full_name=member.full_name,
        sex=member.sex,
        primary_dx=member.primary_dx,
        score=member.risk_score or 0.0,
    )


def submit(payload: DhsReferralPayload):
    try:
        resp = httpx.post(
            settings.DHS_REFERRAL_URL,
            content=payload.model_dump_json(),
            headers={"Content-Type": "application/json"},
            timeout=30.0,
        )
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        raise SubmissionFailed(str(exc)) from exc
    return resp.json()


def refer_member(member_id):
    member = Member.objects.select_related("home").get(pk=member_id)
    result = submit(payload_for(member))
    log.info("referral %s accepted for %s", result.get("referral_id"), member.cin)
    return result
