"""Pydantic view of a member for status exchanges, and what each partner may get."""
from datetime import date
from typing import Optional

from pydantic import BaseModel


class StatusSubject(BaseModel):
    cin: str
    date_of_birth: date
    citizenship_status: Optional[str] = None
    immigration_status: Optional[str] = None
    home_address: Optional[str] = None
    zip_code: Optional[str] = None
    phone_number: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    alien_number: Optional[str] = None


# The six basic categories, for the EID.
EID_FIELDS = {
    "cin",
    "date_of_birth",
    "citizenship_status",
    "immigration_status",
    "home_address",
    "zip_code",
    "phone_number",
}

# What a SAVE initial verification needs.
SAVE_FIELDS = {"alien_number", "first_name", "last_name", "date_of_birth"}
