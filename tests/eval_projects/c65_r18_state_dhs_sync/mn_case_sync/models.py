"""Case records as the county system holds them."""

from dataclasses import dataclass
from datetime import date


@dataclass
class EligibilityCase:
    case_number: str
    cin: str
    first_name: str
    last_name: str
    ssn: str
    birth_date: date
    home_address: str
    household_income: int
    diagnosis_code: str | None = None
