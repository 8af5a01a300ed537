from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional


@dataclass
class HouseholdMember:
    first_name: str
    last_name: str
    relationship: str
    date_of_birth: date


@dataclass
class EligibilityCase:
    case_number: str
    recipient_id: str
    first_name: str
    last_name: str
    ssn: str
    date_of_birth: date
    home_address: str
    phone_number: Optional[str]
    monthly_income: int
    aid_code: str
    pregnancy_ind: bool = False
    household: List[HouseholdMember] = field(default_factory=list)
