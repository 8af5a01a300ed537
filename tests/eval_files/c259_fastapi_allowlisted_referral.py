"""FastAPI service that forwards one caseworker-confirmed referral to ICE EID (lawful form).
Clean: MemberRecord is not named for enforcement; it is dumped with include= of permitted names
(forward_referral) or exclude= of every prohibited field (forward_minimal), and forward_raw cuts a
raw dict with the allow-list comprehension over ALLOWED (SPEC 6 sanitizers), so ssn/diagnosis/name
never reach eid.ice.gov; schema_version is a constant. Each request carries one person chosen by the
caller (path id), so no MCD201 (SPEC 10); the 409 early exits send nothing.
"""
import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

ICE_EID_REFERRALS = "https://eid.ice.gov/api/v2/referrals"
ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")
INCLUDE = {"medicaid_id", "date_of_birth", "immigration_status", "address"}

app = FastAPI(title="referral-forwarder")


class MemberRecord(BaseModel):
    medicaid_id: str
    date_of_birth: str
    immigration_status: str
    address: str | None = None
    full_name: str | None = None
    ssn: str | None = None
    primary_diagnosis: str | None = None


async def _post(body: dict) -> int:
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.post(ICE_EID_REFERRALS, json=body)
    return resp.status_code


@app.post("/referrals/{medicaid_id}")
async def forward_referral(medicaid_id: str, record: MemberRecord):
    if record.medicaid_id != medicaid_id:
        raise HTTPException(status_code=409, detail="medicaid_id mismatch")
    body = record.model_dump(include=INCLUDE)
    body["schema_version"] = "2.1"
    return {"status": await _post(body)}


@app.post("/referrals/raw/{medicaid_id}")
async def forward_raw(medicaid_id: str, payload: dict):
    if payload.get("medicaid_id") != medicaid_id:
        raise HTTPException(status_code=409, detail="medicaid_id mismatch")
    body = {k: v for k, v in payload.items() if k in ALLOWED}
    return {"status": await _post(body)}


@app.post("/referrals/{medicaid_id}/minimal")
async def forward_minimal(medicaid_id: str, record: MemberRecord):
    body = record.model_dump(exclude={"full_name", "ssn", "primary_diagnosis", "address"})
    body["medicaid_id"] = medicaid_id
    return {"status": await _post(body)}


@app.get("/healthz")
async def healthz():
    return {"ok": True}
