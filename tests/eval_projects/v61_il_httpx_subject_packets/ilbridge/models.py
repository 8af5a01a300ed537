"""Wire models."""
from datetime import date
from decimal import Decimal

from pydantic import BaseModel


class SubjectPacket(BaseModel):
    recipient_id: str
    date_of_birth: date
    immigration_status: str
    mailing_address: str
    phone_number: str
    preferred_language: str | None = None
    disability_type: str | None = None


class RenewalRequest(BaseModel):
    recipient_id: str
    ssn: str
    household_size: int
    monthly_income: Decimal
    aid_code: str
