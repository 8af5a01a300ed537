"""The enrollee record of the nightly CHAMPS extract."""
from dataclasses import dataclass
from datetime import date
from typing import Optional


@dataclass
class EnrolleeRecord:
    medicaid_id: str
    date_of_birth: date
    home_address: str
    zip_code: str
    phone_number: Optional[str]
    citizenship_status: str
    immigration_status: str
    ssn: Optional[str]
    first_name: str
    last_name: str
    primary_diagnosis: Optional[str]
