"""Subject packet model (not named for enforcement).

Scenario:
    The packet layout an analyst drafted: the basic categories plus the
    full name and the last four SSN digits. Because the model's name has no
    enforcement word, its declarations are not placements; the constructor
    keywords in service.py are (SPEC section 3, payload models).

Expected findings:
    none
"""
from pydantic import BaseModel


class SubjectPacket(BaseModel):
    medicaid_id: str
    date_of_birth: str
    immigration_status: str
    home_address: str
    phone_number: str | None = None
    full_name: str
    ssn_last4: str
