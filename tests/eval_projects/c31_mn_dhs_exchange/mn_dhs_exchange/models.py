"""Payload models for the MN-ITS and SAVE interfaces."""
from __future__ import annotations

from datetime import date

from pydantic import BaseModel


class MnDhsReferral(BaseModel):
    pmi_number: str
    first_name: str
    last_name: str
    ssn: str
    date_of_birth: date
    county_of_financial_responsibility: str
    diagnosis_codes: list[str] = []
    ice_contact_name: str | None = None
    ice_contact_phone: str | None = None


class SaveVerificationRequest(BaseModel):
    alien_number: str
    i94_number: str | None = None
    first_name: str
    last_name: str
    date_of_birth: date
