"""Federal contractor service: typed models for the ICE EID subject API, built from the state record.

Clean: IceSubjectReferral is named for enforcement (§4), so its declared fields are the payload (§3):
all are permitted categories (§1) or harmless ids/versions (§5). EnrolleeRecord (state copy with SSN,
name, diagnoses) reaches EID only through model_dump(include=REFERRAL_FIELDS) (§6 include=), and
IceAddressUpdate (dataclass, permitted fields only) is sent via dataclasses.asdict, whose declared
fields flow (§6). The record is fetched from the state host mmis-api.state.nj.us (no data sent there).
"""
import logging
import uuid
from dataclasses import asdict, dataclass
from datetime import date

import httpx
from pydantic import BaseModel

log = logging.getLogger(__name__)

STATE_MMIS_URL = "https://mmis-api.state.nj.us/v1/enrollees"
EID_BASE = "https://eid.ice.gov/api/v2"
SCHEMA_VERSION = "2.0"
REFERRAL_FIELDS = {
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone_number",
    "citizenship_status",
    "immigration_status",
}


class EnrolleeRecord(BaseModel):
    medicaid_id: str
    ssn: str
    full_name: str
    date_of_birth: date
    home_address: str
    zip_code: str
    phone_number: str | None = None
    citizenship_status: str
    immigration_status: str
    diagnosis_codes: list[str] = []


class IceSubjectReferral(BaseModel):
    request_id: str
    schema_version: str = SCHEMA_VERSION
    medicaid_id: str
    date_of_birth: date
    home_address: str
    phone_number: str | None = None
    citizenship_status: str
    immigration_status: str


@dataclass(frozen=True)
class IceAddressUpdate:
    medicaid_id: str
    home_address: str
    zip_code: str


async def load_enrollee(client: httpx.AsyncClient, medicaid_id: str) -> EnrolleeRecord:
    resp = await client.get(f"{STATE_MMIS_URL}/{medicaid_id}")
    resp.raise_for_status()
    return EnrolleeRecord.model_validate(resp.json())


async def refer(medicaid_id: str):
    async with httpx.AsyncClient(timeout=30.0, cert=("/etc/pki/eid/client.pem", "/etc/pki/eid/client.key")) as client:
        record = await load_enrollee(client, medicaid_id)
        referral = IceSubjectReferral(
            request_id=str(uuid.uuid4()),
            **record.model_dump(include=REFERRAL_FIELDS),
        )
        try:
            resp = await client.post(f"{EID_BASE}/subjects", json=referral.model_dump(mode="json"))
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            log.error("EID rejected referral %s: %s", referral.request_id, exc.response.status_code)
            raise
        return resp.json()["subject_id"]


async def send_address_update(record: EnrolleeRecord):
    update = IceAddressUpdate(
        medicaid_id=record.medicaid_id,
        home_address=record.home_address,
        zip_code=record.zip_code,
    )
    async with httpx.AsyncClient(timeout=30.0) as client:
        resp = await client.put(f"{EID_BASE}/subjects/{record.medicaid_id}/address", json=asdict(update))
        resp.raise_for_status()
