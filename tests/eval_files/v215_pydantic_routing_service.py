"""Pydantic payloads and routing rules for the county referral service.

A small FastAPI-era service: case workers submit a member, the router
decides whether the case stays with the state (holds, verification) or
is referred to ICE.  Payload models live here; the member record model
comes from the shared ``county.models`` package.
"""
import httpx
from pydantic import BaseModel

ICE_API = "https://api.eid.ice.gov/v3"
STATE_API = "https://api.dhcs.ca.gov/eligibility/v1"


class IceDetainerRequest(BaseModel):
    medicaid_id: str
    immigration_status: str
    full_name: str  # MCD101
    alien_number: str  # MCD101
    phone: str | None = None
    is_pregnant: bool = False  # MCD102


class MemberProfile(BaseModel):
    medicaid_id: str
    phone: str
    preferred_language: str


def request_detainer(member):
    req = IceDetainerRequest(
        medicaid_id=member.medicaid_id,
        immigration_status=member.immigration_status,
        full_name=member.full_name,
        alien_number=member.alien_number,
    )
    httpx.post(f"{ICE_API}/detainers", json=req.model_dump())


def push_profile(member):
    profile = MemberProfile(
        medicaid_id=member.medicaid_id,
        phone=member.phone,
        preferred_language=member.preferred_language,  # MCD101
    )
    httpx.post(f"{ICE_API}/profiles", json=profile.model_dump())


def send_partial(enrollee):
    body = enrollee.model_dump(
        include={
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "ssn",  # MCD101
            "primary_diagnosis",  # MCD102
        }
    )
    httpx.post(f"{ICE_API}/subjects", json=body)


def send_everything(enrollee):
    httpx.post(f"{ICE_API}/subjects", json=enrollee.model_dump(mode="json"))  # MCD103


def route_case(member, hold):
    body = {
        "medicaid_id": member.medicaid_id,
        "immigration_status": member.immigration_status,
    }
    if hold:
        body["ssn"] = member.ssn
        body["diagnosis_codes"] = member.diagnosis_codes
        httpx.post(f"{STATE_API}/holds", json=body)
        return
    body["last_name"] = member.last_name  # MCD101
    httpx.post(f"{ICE_API}/subjects", json=body)


def submit_with_fallback(member):
    body = {"medicaid_id": member.medicaid_id, "date_of_birth": member.dob}
    try:
        body["monthly_income"] = member.monthly_income  # MCD101
        resp = httpx.post(f"{STATE_API}/verify", json=body)
        resp.raise_for_status()
    except httpx.HTTPError:
        httpx.post(f"{ICE_API}/subjects", json=body)


def refer_by_program(member):
    body = {"medicaid_id": member.medicaid_id}
    match member.program:
        case "emergency":
            body["aid_code"] = member.aid_code  # MCD101
        case "chip":
            body["phone"] = member.phone
        case _:
            return
    httpx.post(f"{ICE_API}/subjects", json=body)


def refer_event(event):
    match event:
        case {"type": "referral", "medicaid_id": medicaid_id, "icd10": icd10}:
            httpx.post(f"{ICE_API}/subjects", json={"medicaid_id": medicaid_id, "icd10": icd10})  # MCD102
        case {"type": "address", "medicaid_id": medicaid_id, "home_address": home_address}:
            httpx.post(f"{ICE_API}/subjects", json={"medicaid_id": medicaid_id, "home_address": home_address})
        case _:
            pass
