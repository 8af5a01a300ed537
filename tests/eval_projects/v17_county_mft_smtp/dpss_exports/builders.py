"""Case summaries and the detainer-request layout."""
from typing import TypedDict


class EroDetainerRequest(TypedDict):
    """Layout of the ERO detainer-request intake form (ICD v3, section 4)."""

    cin: str
    dob: str
    mailing_address: str
    case_number: str  # MCD101
    primary_language: str  # MCD101


def case_summary(member):
    return {
        "cin": member.cin,
        "dob": member.dob,
        "address": member.home_address,
        "diagnosis_code": member.diagnosis_code,
    }


def stamp_identifiers(summary, member):
    """Add the identifiers the recipient matches on."""
    summary["cin"] = member.cin
    summary["ssn"] = member.ssn
