"""Member records read from the MMIS (round 77)."""

from pydantic import BaseModel


class MemberRecord(BaseModel):
    cin: str
    ssn: str
    birth_date: str
    race_cd: str
