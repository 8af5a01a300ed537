"""The EID referral payload."""
from pydantic import BaseModel


class IceReferral(BaseModel):
    medicaid_id: str
    date_of_birth: str
    ssn: str  # MCD101
