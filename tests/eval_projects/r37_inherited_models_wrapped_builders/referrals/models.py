"""Payload models of the ICE referral interface and of the state's own systems."""
from dataclasses import dataclass

from .base_models import ContactBase, PersonBase, PersonDict, PersonRecord


class IceReferral(PersonBase):  # MCD101
    date_of_birth: str


@dataclass
class IceSubjectRecord(PersonRecord):  # MCD101
    dob: str = ""


class DhsReferralDict(PersonDict):  # MCD101
    dob: str


class IceContact(ContactBase):
    phone_number: str = ""


class StateReferral(PersonBase):
    county_code: str
