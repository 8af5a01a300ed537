"""FastAPI endpoint used by the state's data-sharing unit to answer an ICE
request about one named enrollee, after the legal unit has confirmed that
the person is unlawfully present.

Only the basic categories of the Dec. 29, 2025 order leave the building.
"""
from datetime import date
from typing import Literal, Optional

import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from dsu.auth import require_legal_signoff
from dsu.repository import MemberRepository

router = APIRouter(prefix="/ice-requests")

ICE_RESPONSE_URL = "https://eid.ice.gov/api/v2/information-requests/{request_id}/responses"
BASIC_FIELDS = {
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone_number",
    "immigration_status",
    "citizenship_status",
}


class MemberRecord(BaseModel):
    medicaid_id: str
    first_name: str
    last_name: str
    ssn: Optional[str] = None
    date_of_birth: date
    home_address: str
    phone_number: Optional[str] = None
    immigration_status: str
    citizenship_status: str
    primary_language: Optional[str] = None
    aid_code: str
    diagnosis_codes: list[str] = []


class IceBasicInfoResponse(BaseModel):
    medicaid_id: str
    date_of_birth: date
    home_address: str
    phone_number: Optional[str] = None
    immigration_status: str
    citizenship_status: Literal["N"] = "N"


@router.post("/{request_id}/respond")
async def respond(request_id: str, medicaid_id: str, signoff=Depends(require_legal_signoff)):
    repo = MemberRepository()
    record = MemberRecord.model_validate(await repo.get(medicaid_id))
    if record.citizenship_status != "N":
        raise HTTPException(409, "citizens and nationals are out of scope")

    basic = record.model_dump(include=BASIC_FIELDS, mode="json")
    answer = IceBasicInfoResponse(**basic)

    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(
            ICE_RESPONSE_URL.format(request_id=request_id),
            content=answer.model_dump_json(),
            headers={"Content-Type": "application/json"},
        )
    if resp.status_code >= 400:
        raise HTTPException(502, f"EID rejected the response: {resp.status_code}")
    await repo.log_disclosure(medicaid_id, request_id, signoff.reference)
    return {"status": "sent", "request_id": request_id}
