"""FastAPI service: refer one named enrollee to the EID intake API.

EnrolleeRecord is the agency's full model.  IceReferralPayload is the
outbound contract and declares only basic categories; the nested address
model carries address lines, ZIP and county only.
"""
from datetime import date
from enum import Enum

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from eligibility.repository import fetch_enrollee

app = FastAPI(title="federal-referrals")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v2/intake/referrals"


class CitizenshipStatus(str, Enum):
    CITIZEN = "C"
    QUALIFIED = "Q"
    NOT_QUALIFIED = "N"


class MailingAddress(BaseModel):
    address_line1: str
    address_line2: str | None = None
    zip_code: str
    county_code: str


class EnrolleeRecord(BaseModel):
    medicaid_id: str
    ssn: str | None = None
    first_name: str
    last_name: str
    date_of_birth: date
    citizenship_status: CitizenshipStatus
    immigration_status: str | None = None
    mailing_address: MailingAddress
    phone_number: str | None = None
    diagnoses: list[str] = []
    monthly_income: float | None = None


class IceReferralPayload(BaseModel):
    medicaid_id: str
    date_of_birth: date
    citizenship_status: CitizenshipStatus
    immigration_status: str
    mailing_address: MailingAddress
    phone_number: str | None = None

    @classmethod
    def from_record(cls, rec: EnrolleeRecord) -> "IceReferralPayload":
        return cls(**rec.model_dump(include={
            "medicaid_id", "date_of_birth", "citizenship_status",
            "immigration_status", "mailing_address", "phone_number",
        }))


@app.post("/referrals/{medicaid_id}", status_code=202)
async def refer(medicaid_id: str) -> dict:
    rec: EnrolleeRecord | None = await fetch_enrollee(medicaid_id)
    if rec is None:
        raise HTTPException(status_code=404, detail="unknown enrollee")
    if rec.citizenship_status is CitizenshipStatus.CITIZEN:
        raise HTTPException(status_code=409, detail="citizens are not referred")
    if not rec.immigration_status:
        raise HTTPException(status_code=422, detail="status not verified")
    payload = IceReferralPayload.from_record(rec)
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.post(ICE_REFERRAL_URL, json=payload.model_dump(mode="json"))
    if resp.status_code >= 400:
        raise HTTPException(status_code=502, detail="EID intake rejected the referral")
    return {"medicaid_id": medicaid_id, "accepted": True}
