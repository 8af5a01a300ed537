"""Pydantic model of the full member record.

Scenario:
    The record the service loads: basic categories plus name, SSN, income
    and diagnoses. The model is not named for enforcement, so its field
    declarations are not placements (SPEC section 3).

Expected findings:
    none
"""
from datetime import date

from pydantic import BaseModel


class HomeAddress(BaseModel):
    street: str
    city: str
    state: str
    zip_code: str


class MemberRecord(BaseModel):
    medicaid_id: str
    first_name: str
    last_name: str
    ssn: str
    date_of_birth: date
    citizenship_status: str
    immigration_status: str
    home_address: HomeAddress
    phone_number: str | None = None
    monthly_income: float = 0.0
    diagnosis_codes: list[str] = []
