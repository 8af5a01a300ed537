"""Shared record shapes for the eligibility service (no destination here)."""
from dataclasses import dataclass
from typing import TypedDict

from pydantic import BaseModel


class PersonBase(BaseModel):
    medicaid_id: str
    ssn: str = ""


class ContactBase(BaseModel):
    medicaid_id: str
    date_of_birth: str
    home_address: str


@dataclass
class PersonRecord:
    cin: str
    race: str = ""


class PersonDict(TypedDict):
    cin: str
    email: str
