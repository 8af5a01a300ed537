from datetime import date
from uuid import uuid4

from pydantic import BaseModel, Field


class MemberRecord(BaseModel):
    """One line of the county's nightly eligibility export."""

    medicaid_id: str
    full_name: str
    ssn: str
    date_of_birth: date
    home_address: str
    phone_number: str | None = None
    citizenship_status: str
    immigration_status: str
    preferred_language: str | None = None
    diagnosis_codes: list[str] = []


class IceReferralPayload(BaseModel):
    """What ICE may receive: the six basic categories, nothing else."""

    request_id: str = Field(default_factory=lambda: uuid4().hex)
    schema_version: str = "2026-01"
    medicaid_id: str
    date_of_birth: date
    citizenship_status: str
    immigration_status: str
    home_address: str
    phone_number: str | None = None
