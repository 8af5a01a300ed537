from datetime import date
from typing import Optional

from pydantic import BaseModel


class MemberRow(BaseModel):
    """Full MMIS member row (internal use only)."""

    medicaid_id: str
    first_name: str
    last_name: str
    ssn: str
    date_of_birth: date
    home_address: str
    phone: Optional[str] = None
    email: Optional[str] = None
    citizenship: str
    immigration_status: str
    primary_diagnosis: Optional[str] = None
    household_size: int = 1


class IceSubjectPayload(BaseModel):
    """EID subject, schema v2.1, cut to the basic categories."""

    request_id: str
    medicaid_id: str
    date_of_birth: date
    home_address: str
    phone: Optional[str] = None
    citizenship: str
    immigration_status: str
