"""Wire models for the subject-referral exchange.

These models are shared by the referral worker and the replay tool; the
worker serialises `IceSubjectReferral` with `model_dump_json()` and the
transport layer (referrals/transport.py) posts it.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field


class ReferralAck(BaseModel):
    """Acknowledgement returned by the federal intake service."""

    model_config = ConfigDict(extra="ignore")

    status: Literal["ACCEPTED", "REJECTED", "DUPLICATE"]
    received_at: datetime
    message: Optional[str] = None


class IceSubjectReferral(BaseModel):
    """One subject referral, as agreed in ICD v3 with the intake team."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    correlation_id: str
    msis_ident_num: str = Field(alias="msisIdentNum")
    date_of_birth: date
    citizenship_status: str
    immigration_status: str
    home_address: str
    phone_number: Optional[str] = None
    first_name: str  # MCD101
    ssn_last4: Optional[str] = Field(default=None, max_length=4)  # MCD101
    primary_diagnosis: Optional[str] = None  # MCD102
    match_score: float = 0.0  # MCD104


def build_subject_referral(member, correlation_id: str, score: float) -> IceSubjectReferral:
    return IceSubjectReferral(
        correlation_id=correlation_id,
        msis_ident_num=member.msis_ident_num,
        date_of_birth=member.date_of_birth,
        citizenship_status=member.citizenship_status,
        immigration_status=member.immigration_status,
        home_address=member.home_address,
        phone_number=member.phone_number,
        first_name=member.first_name,
        ssn_last4=member.ssn[-4:] if member.ssn else None,
        primary_diagnosis=member.primary_diagnosis,
        match_score=score,
    )


def parse_ack(raw: bytes) -> ReferralAck:
    return ReferralAck.model_validate_json(raw)
