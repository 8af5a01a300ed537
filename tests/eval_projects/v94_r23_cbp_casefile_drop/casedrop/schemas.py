"""Referral schema agreed with CBP (pydantic).

CbpReferral is named for enforcement (``cbp`` token), so its declared
fields are enforcement payloads and each prohibited one is reported at its
declaration, whatever its default and whether or not a sink is visible
here (SPEC sections 3 and 4): full_name MCD101, primary_diagnosis MCD102.
"""
from datetime import date
from typing import Optional

from pydantic import BaseModel


class CbpReferral(BaseModel):
    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    home_address: str
    full_name: str  # MCD101
    primary_diagnosis: Optional[str] = None  # MCD102
