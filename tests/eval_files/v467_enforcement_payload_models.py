"""Shared payload models for the ICE/CBP exchange package (violating).

Scenario: a vendor's ``exchange.models`` module declares the payloads its
senders use.  There is no sink in this module: the models are named for
enforcement (``IceSubjectPayload``, ``CbpTravelerMatch``), so their
declared fields are enforcement payloads and are reported at the
declarations, whatever their defaults (SPEC §3 "Payload model
declarations", SPEC §4 "named for enforcement ... reported even when no
sink is visible").

Expected findings (each at the field declaration):
- ``IceSubjectPayload.full_name`` -> MCD101 (name).
- ``IceSubjectPayload.ssn`` (default None) -> MCD101 (SSN).
- ``IceSubjectPayload.employer_name`` -> MCD101 (employer qualifier, and
  name; outside the six categories).
- ``IceSubjectPayload.medication_list`` -> MCD102 (medication).
- ``IceSubjectPayload.lead_score`` -> MCD104 (unknown, not harmless).
- ``CbpTravelerMatch.passport_number`` -> MCD101 (immigration document
  id, not the status; reference tricky case 4).
Not findings: the permitted fields (medicaid_id, date_of_birth,
home_address, mailing_address, phone_number, citizenship_status,
immigration_status, country_of_citizenship); ``schema_version`` is on
the harmless list and its default is a constant; the keywords of the
``IceSubjectPayload(...)`` constructor in ``to_ice_subject`` are not
reported again (SPEC §3); ``RenewalNoticePayload`` is not named for
enforcement and is never sent to an enforcement endpoint here.
"""
from datetime import date
from typing import Literal, TypedDict

from pydantic import BaseModel, Field


class IceSubjectPayload(BaseModel):
    schema_version: Literal["3"] = "3"
    medicaid_id: str
    date_of_birth: date
    home_address: str
    mailing_address: str | None = None
    phone_number: str | None = None
    citizenship_status: str
    immigration_status: str
    full_name: str  # MCD101
    ssn: str | None = None  # MCD101
    employer_name: str | None = None  # MCD101
    medication_list: list[str] = Field(default_factory=list)  # MCD102
    lead_score: float = 0.0  # MCD104


class CbpTravelerMatch(TypedDict):
    medicaid_id: str
    date_of_birth: str
    country_of_citizenship: str
    passport_number: str  # MCD101


class RenewalNoticePayload(BaseModel):
    cin: str
    full_name: str
    ssn: str
    household_size: int
    renewal_due: date


def to_ice_subject(m) -> IceSubjectPayload:
    return IceSubjectPayload(
        medicaid_id=m.cin,
        date_of_birth=m.date_of_birth,
        home_address=m.home_address,
        phone_number=m.home_phone,
        citizenship_status=m.citizenship_status,
        immigration_status=m.immigration_status,
        full_name=m.full_name,
        ssn=m.ssn,
        employer_name=m.employer_name,
        medication_list=[rx.drug_name for rx in m.prescriptions],
        lead_score=m.lead_score,
    )


def to_renewal_notice(m) -> RenewalNoticePayload:
    return RenewalNoticePayload(
        cin=m.cin,
        full_name=m.full_name,
        ssn=m.ssn,
        household_size=m.household_size,
        renewal_due=m.redetermination_date,
    )
