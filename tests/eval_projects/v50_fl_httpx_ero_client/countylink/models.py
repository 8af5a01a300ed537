"""Outbound record shapes."""
from dataclasses import dataclass

from pydantic import BaseModel


@dataclass
class Subject:
    cin: str
    birth_date: str
    home_address: str
    phone_number: str
    full_name: str
    race: str


class MemberView(BaseModel):
    """A member as the county self-service portal posts it."""

    cin: str
    birth_date: str
    home_address: str
    ssn: str
    primary_language: str
