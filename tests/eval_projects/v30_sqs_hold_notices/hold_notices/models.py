"""Domain objects loaded from the county case gateway."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CaseSnapshot:
    cin: str
    birth_date: date
    home_address: str
    ssn: str
    primary_diagnosis: str | None
    hold_reason_txt: str | None
    county_office: str
