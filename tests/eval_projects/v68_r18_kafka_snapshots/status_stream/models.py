"""Data models shared by the pipeline."""

from datetime import date

from pydantic import BaseModel


class MemberSnapshot(BaseModel):
    cin: str
    birth_date: date
    immigration_status: str
    mailing_address: str
    ssn: str | None = None
    preferred_language: str | None = None
    household_size: int = 1
    diagnosis_code: str | None = None
