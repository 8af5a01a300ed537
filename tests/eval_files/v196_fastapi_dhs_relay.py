"""Referral relay microservice (FastAPI) between the county intake app and DHS ICES.

The county intake app posts a caseworker's referral here; the relay maps it
onto the DHS subject contract and forwards it to the ICES gateway.  Address
supplements for an existing referral go through the same gateway.
"""
from datetime import date
from typing import Optional

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="referral-relay", version="2.3.0")

DHS_RELAY_URL = "https://ices-gateway.dhs.gov/relay/v3/subjects"


class CaseworkerIntake(BaseModel):
    """What the county intake app posts to us (never forwarded as-is)."""

    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    home_address: str
    phone: Optional[str] = None
    full_name: str
    gender: Optional[str] = None
    is_pregnant: bool = False
    primary_language: Optional[str] = None
    risk_score: float = 0.0


class DhsSubjectReferral(BaseModel):
    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    home_address: str
    phone: Optional[str] = None
    full_name: str  # MCD101
    gender: Optional[str] = None  # MCD101
    is_pregnant: bool = Field(default=False)  # MCD102
    ssn: str = "000-00-0000"  # MCD101


class AddressSnapshot(BaseModel):
    medicaid_id: str
    date_of_birth: date
    home_address: str
    primary_language: Optional[str] = None
    risk_score: float = 0.0


def snapshot_from(intake: CaseworkerIntake) -> AddressSnapshot:
    return AddressSnapshot(
        medicaid_id=intake.medicaid_id,
        date_of_birth=intake.date_of_birth,
        home_address=intake.home_address,
        primary_language=intake.primary_language,  # MCD101
        risk_score=intake.risk_score,  # MCD104
    )


@app.post("/referrals")
async def create_referral(intake: CaseworkerIntake):
    referral = DhsSubjectReferral(
        medicaid_id=intake.medicaid_id,
        date_of_birth=intake.date_of_birth,
        immigration_status=intake.immigration_status,
        home_address=intake.home_address,
        phone=intake.phone,
        full_name=intake.full_name,
        gender=intake.gender,
        is_pregnant=intake.is_pregnant,
    )
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(DHS_RELAY_URL, content=referral.model_dump_json())
    if resp.status_code >= 400:
        raise HTTPException(status_code=502, detail="ICES gateway rejected the referral")
    return {"status": "sent"}


@app.post("/referrals/{medicaid_id}/supplement")
async def send_supplement(medicaid_id: str, intake: CaseworkerIntake):
    snap = snapshot_from(intake)
    async with httpx.AsyncClient(timeout=30) as client:
        await client.post(f"{DHS_RELAY_URL}/{medicaid_id}/supplement", json=snap.model_dump(mode="json"))
    return {"status": "sent"}


@app.post("/referrals/{medicaid_id}/address")
async def send_address(medicaid_id: str, intake: CaseworkerIntake):
    snap = snapshot_from(intake)
    body = snap.model_dump(mode="json", include={"medicaid_id", "date_of_birth", "home_address"})
    async with httpx.AsyncClient(timeout=30) as client:
        await client.post(f"{DHS_RELAY_URL}/{medicaid_id}/address", json=body)
    return {"status": "sent"}
