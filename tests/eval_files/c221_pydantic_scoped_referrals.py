"""Scoped referral payloads for the ICE EID interface (pydantic v2).

The enforcement payload model declares only the basic categories.  Full
member records are dumped only toward the state hold queue and the FHIR
server; everything sent to ICE is either the scoped model, an explicit
``include=`` of permitted fields, or a record filtered by ``ALLOWED``.
"""
import httpx
from pydantic import BaseModel

ICE_API = "https://api.eid.ice.gov/v3"
STATE_HOLDS_URL = "https://holds.dhcs.ca.gov/api/v1/holds"
FHIR_PATIENT_URL = "https://fhir.medi-cal.ca.gov/r4/Patient"

ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")


class IceReferral(BaseModel):
    medicaid_id: str
    date_of_birth: str
    home_address: str
    phone: str | None = None
    immigration_status: str
    citizenship_status: str | None = None


def refer(member):
    referral = IceReferral(
        medicaid_id=member.medicaid_id,
        date_of_birth=member.dob,
        home_address=member.home_address,
        phone=member.phone,
        immigration_status=member.immigration_status,
    )
    httpx.post(f"{ICE_API}/subjects", json=referral.model_dump(exclude_none=True))


def refer_partial(enrollee):
    body = enrollee.model_dump(include={"medicaid_id", "date_of_birth", "phone", "immigration_status"})
    httpx.post(f"{ICE_API}/subjects", json=body)


def build_ice_hold_notice(member):
    return {
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
        "last_name": member.last_name,
        "reason": "pending ICE detainer review",
    }


def hold_for_review(member):
    httpx.post(STATE_HOLDS_URL, json=build_ice_hold_notice(member))


def route(member):
    if member.citizenship_status == "citizen":
        httpx.put(f"{FHIR_PATIENT_URL}/{member.medicaid_id}", json=member.model_dump())
        return
    record = member.model_dump()
    body = {k: v for k, v in record.items() if k in ALLOWED}
    httpx.post(f"{ICE_API}/subjects", json=body)


def refer_with_fallback(member):
    scoped = {"medicaid_id": member.medicaid_id, "phone": member.phone}
    try:
        httpx.post(f"{ICE_API}/subjects", json=scoped).raise_for_status()
    except httpx.HTTPError:
        httpx.post(STATE_HOLDS_URL, json=member.model_dump())


def refer_by_status(member):
    match member.immigration_status:
        case "5" | "6":
            body = {"medicaid_id": member.medicaid_id, "home_address": member.home_address}
            httpx.post(f"{ICE_API}/subjects", json=body)
        case _:
            httpx.post(STATE_HOLDS_URL, json={"medicaid_id": member.medicaid_id, "ssn": member.ssn})
