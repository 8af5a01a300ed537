"""API client for the DHS referral service; the payload model is named for it."""
from datetime import date

from pydantic import BaseModel


class DhsReferral(BaseModel):
    medicaid_id: str
    date_of_birth: date
    citizenship: str
    marital_status: str  # MCD101
    primary_language: str  # MCD101
    pregnancy_status: bool  # MCD102


class ReferralBatch(BaseModel):
    batch_id: str
    count: int
