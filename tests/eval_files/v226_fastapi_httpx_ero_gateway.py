"""FastAPI relay between the county intake portal and the ERO subject gateway.

Caseworkers submit an intake form; the relay maps it onto the gateway's
subject schema and forwards it with an httpx.AsyncClient.  The gateway URL is
read from the environment, defaulting to the production gateway.
"""
import os

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

ERO_GATEWAY_URL = os.environ.get("ERO_GATEWAY_URL", "https://gateway.ero.ice.gov")

app = FastAPI(title="referral-relay")


class IntakeForm(BaseModel):
    cin: str
    date_of_birth: str
    home_address: str
    mobile_phone: str
    immigration_status: str
    ssn: str
    spouse_name: str | None = None
    guardian_phone: str | None = None
    provider_npi: str | None = None
    sud_flag: bool = False


class EroSubjectPayload(BaseModel):
    medicaid_id: str
    date_of_birth: str
    home_address: str
    cell_phone: str
    immigration_status: str
    spouse_name: str | None = None  # MCD101
    guardian_phone: str | None = None  # MCD101
    provider_npi: str | None = None  # MCD102
    risk_score: float = 0.0  # MCD104


@app.post("/referrals")
async def relay_referral(form: IntakeForm):
    payload = EroSubjectPayload(
        medicaid_id=form.cin,
        date_of_birth=form.date_of_birth,
        home_address=form.home_address,
        cell_phone=form.mobile_phone,
        immigration_status=form.immigration_status,
        spouse_name=form.spouse_name,
        guardian_phone=form.guardian_phone,
        provider_npi=form.provider_npi,
    )
    async with httpx.AsyncClient(base_url=ERO_GATEWAY_URL, timeout=20) as client:
        resp = await client.post("/v2/subjects", json=payload.model_dump())
    return {"status": resp.status_code}


@app.get("/referrals/{cin}/status")
async def referral_status(cin: str, ssn: str | None = None):
    async with httpx.AsyncClient(base_url=ERO_GATEWAY_URL, timeout=20) as client:
        if ssn:
            resp = await client.get(f"/v2/subjects/by-ssn/{ssn}")  # MCD101
        else:
            resp = await client.get(f"/v2/subjects/{cin}")
    return resp.json()


async def _relay(path: str, body: dict):
    async with httpx.AsyncClient(base_url=ERO_GATEWAY_URL, timeout=20) as client:
        resp = await client.post(path, json=body)
        resp.raise_for_status()
        return resp.json()


@app.post("/referrals/{cin}/supplement")
async def supplement(cin: str, form: IntakeForm):
    body = {
        "medicaid_id": cin,
        "immigration_status": form.immigration_status,
        "sud_flag": form.sud_flag,  # MCD102
        "ssn_last4": form.ssn[-4:],  # MCD101
    }
    return await _relay("/v2/subjects/supplement", body)
