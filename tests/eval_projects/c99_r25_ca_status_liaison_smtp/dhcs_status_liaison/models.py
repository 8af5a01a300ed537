"""Medi-Cal member view and the schema of the ICE status-verification answer."""
from dataclasses import dataclass
from datetime import date
from typing import Optional, TypedDict


@dataclass
class MediCalMember:
    cin: str
    first_name: str
    last_name: str
    ssn: Optional[str]
    date_of_birth: date
    mailing_address: str
    phone_number: Optional[str]
    citizenship_status: str
    immigration_status: Optional[str]
    alien_number: Optional[str]
    household_income: Optional[int]
    ice_contact_name: Optional[str]
    ice_contact_phone: Optional[str]


class IceStatusResponse(TypedDict):
    """Answer to one ICE request; each field is a permitted category."""

    cin: str
    date_of_birth: str
    citizenship_status: str
    immigration_status: str
    mailing_address: str
    phone_number: str
