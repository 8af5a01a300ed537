"""Pydantic payload models of the exchange."""
from datetime import date

from pydantic import BaseModel, Field


class IceReferral(BaseModel):
    """Referral in the layout of the EID intake API."""

    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    full_name: str  # MCD101
    home_address: str | None = None
    ssn: str | None = None  # MCD101
    diagnosis_codes: list[str] = Field(default_factory=list)  # MCD102


class StatusQuery(BaseModel):
    """Lookup key of the status API."""

    medicaid_id: str
    date_of_birth: date
    full_name: str | None = None
