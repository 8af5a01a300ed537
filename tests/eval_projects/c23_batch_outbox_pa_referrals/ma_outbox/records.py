"""Record types of the nightly batch."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple


class EnrolleeRecord(NamedTuple):
    """One row of the nightly MA enrollment extract (CIS), as read."""

    medicaid_id: str
    first_name: str
    last_name: str
    ssn: str
    birth_date: date
    home_address: str
    zip_code: str
    phone_number: str
    email_address: str
    preferred_language: str
    household_income: int
    is_pregnant: bool
    immigration_status: str
    is_us_citizen: bool

    @classmethod
    def from_row(cls, row: dict[str, str]) -> "EnrolleeRecord":
        return cls(
            medicaid_id=row["medicaid_id"].strip(),
            first_name=row["first_name"].strip(),
            last_name=row["last_name"].strip(),
            ssn=row["ssn"].replace("-", ""),
            birth_date=date.fromisoformat(row["birth_date"]),
            home_address=row["home_address"].strip(),
            zip_code=row["zip_code"][:5],
            phone_number=row["phone_number"],
            email_address=row["email_address"].lower(),
            preferred_language=row["preferred_language"] or "eng",
            household_income=int(row["household_income"] or 0),
            is_pregnant=row["is_pregnant"] == "Y",
            immigration_status=row["immigration_status"],
            is_us_citizen=row["us_citizen"] == "Y",
        )


@dataclass(frozen=True)
class IceReferralLine:
    """One line of the EID referral batch: the six categories of the order."""

    medicaid_id: str
    birth_date: str
    home_address: str
    zip_code: str
    phone_number: str
    immigration_status: str
    is_us_citizen: bool
