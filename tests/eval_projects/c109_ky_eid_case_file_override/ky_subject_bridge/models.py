"""The subject record exchanged with partners, and the basic categories."""
from datetime import date
from typing import Optional

from pydantic import BaseModel


class SubjectRecord(BaseModel):
    member_id: str
    date_of_birth: date
    home_address: Optional[str] = None
    zip_code: Optional[str] = None
    phone_number: Optional[str] = None
    immigration_status: Optional[str] = None
    first_name: Optional[str] = None
    last_name: Optional[str] = None
    primary_language: Optional[str] = None
    disability_status: Optional[str] = None
    case_number: Optional[str] = None


# The six basic categories of the 2025-12-29 order, as SubjectRecord fields.
BASIC_FIELDS = {
    "member_id",
    "date_of_birth",
    "home_address",
    "zip_code",
    "phone_number",
    "immigration_status",
}
