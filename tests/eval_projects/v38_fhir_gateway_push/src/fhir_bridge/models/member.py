from datetime import date

from pydantic import BaseModel


class MemberProfile(BaseModel):
    medicaid_id: str
    birth_date: date
    home_address: str
    phone_number: str
    immigration_status: str
    gender: str
    preferred_language: str
    hiv_status: str | None = None
