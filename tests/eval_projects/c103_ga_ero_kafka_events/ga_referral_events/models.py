"""Event schemas (pydantic v2).

EroReferral is named for enforcement (``Ero`` after the camelCase split is
the token ``ero``), so each of its declared fields is an enforcement
payload and a prohibited one is reported at its declaration, whatever its
default and whether or not a sink is visible here (SPEC section 3,
"Payload model declarations: a field of a model named for enforcement is
reported at its declaration, whatever its default"; section 4, "the
function or class that builds the data is named for enforcement").
Expected findings in this module:
- preferred_language: language, MCD101.
- primary_diagnosis: diagnosis, MCD102.
MemberChangeRecord is not named for enforcement: its declarations are not
findings (the placement is the constructor keyword, SPEC section 3).
REFERRAL_FIELDS is a constant of permitted names.
"""
from datetime import date
from typing import Optional

from pydantic import BaseModel

# The fields ERO may receive: Medicaid ID, date of birth, immigration
# status, address and phone.
REFERRAL_FIELDS = frozenset(
    {"medicaid_id", "date_of_birth", "immigration_status", "mailing_address", "phone_number"}
)


class EroReferral(BaseModel):
    """Referral event, schema v3, as drafted with ERO's intake team."""

    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    mailing_address: str
    phone_number: Optional[str] = None
    preferred_language: Optional[str] = None  # MCD101
    primary_diagnosis: Optional[str] = None  # MCD102


class MemberChangeRecord(BaseModel):
    """One row of DCH's member-change audit trail."""

    medicaid_id: str
    ssn: str
    last_name: str
    mailing_address: str
