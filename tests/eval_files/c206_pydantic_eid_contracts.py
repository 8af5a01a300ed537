"""Typed contracts for the ICE EID v2 intake, restricted to the basic categories.

``MemberRecord`` is the internal MMIS view of one member and is never sent
whole: the intake subject and the ERO address update declare only permitted
fields, and the other sends project the record with include/exclude.
"""
import uuid
from dataclasses import asdict, dataclass
from datetime import date
from typing import Optional

import requests
from pydantic import BaseModel

EID_V2_URL = "https://eid.ice.gov/api/v2/intake"
AGENCY_CODE = "TX-HHSC"


class MemberRecord(BaseModel):
    """Internal record as loaded from the MMIS."""

    medicaid_id: str
    date_of_birth: date
    home_address: str
    phone_number: Optional[str] = None
    citizenship_status: str
    immigration_status: str
    ssn: str
    full_name: str
    gender: Optional[str] = None
    diagnosis_codes: list[str] = []


class IceIntakeSubject(BaseModel):
    medicaid_id: str
    date_of_birth: date
    citizenship_status: str
    immigration_status: str
    home_address: str
    phone_number: Optional[str] = None


@dataclass
class EroAddressUpdate:
    medicaid_id: str
    home_address: str
    mailing_address: str
    phone_number: Optional[str] = None


def to_intake(rec: MemberRecord) -> IceIntakeSubject:
    return IceIntakeSubject(
        medicaid_id=rec.medicaid_id,
        date_of_birth=rec.date_of_birth,
        citizenship_status=rec.citizenship_status,
        immigration_status=rec.immigration_status,
        home_address=rec.home_address,
        phone_number=rec.phone_number,
    )


def submit_intake(rec: MemberRecord) -> dict:
    subject = to_intake(rec)
    envelope = {
        "request_id": str(uuid.uuid4()),
        "agency_code": AGENCY_CODE,
        "schema_version": "2.0",
        "subject": subject.model_dump(mode="json"),
    }
    resp = requests.post(EID_V2_URL, json=envelope, timeout=30)
    resp.raise_for_status()
    return resp.json()


def submit_excluding(rec: MemberRecord) -> None:
    body = rec.model_dump(mode="json", exclude={"ssn", "full_name", "gender", "diagnosis_codes"})
    requests.post(f"{EID_V2_URL}/subjects/{rec.medicaid_id}", json=body, timeout=30)


def submit_status_only(rec: MemberRecord) -> None:
    requests.post(
        f"{EID_V2_URL}/subjects/{rec.medicaid_id}/status",
        data=rec.model_dump_json(include={"medicaid_id", "citizenship_status", "immigration_status"}),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )


def submit_address_update(rec: MemberRecord, mailing_address: str) -> None:
    update = EroAddressUpdate(
        medicaid_id=rec.medicaid_id,
        home_address=rec.home_address,
        mailing_address=mailing_address,
        phone_number=rec.phone_number,
    )
    requests.post(f"{EID_V2_URL}/address-updates", json=asdict(update), timeout=30)
