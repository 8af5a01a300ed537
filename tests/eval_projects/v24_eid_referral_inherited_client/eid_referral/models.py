"""Shapes returned by the MMIS member service."""
from dataclasses import dataclass
from datetime import date
from typing import Optional


@dataclass
class MemberRecord:
    """One enrollee, as the MMIS member service returns it."""

    cin: str
    first_name: str
    last_name: str
    ssn: str
    birth_date: date
    home_address: str
    phone_number: Optional[str]
    email: Optional[str]
    primary_language: str
    citizenship_status: str
    immigration_status: str
    primary_dx_cd: Optional[str] = None
    match_score: float = 0.0
