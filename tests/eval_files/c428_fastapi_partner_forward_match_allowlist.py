"""FastAPI relay of the NY State of Health enrollment-event bus: receives one
enrollment event and forwards it to the partner named in the path.

CLEAN (no finding expected).
- match/case on the partner kind: the managed-care plan and the state HIE
  (health.ny.gov, a state domain, SPEC 4) receive the full event, which is
  fine for non-enforcement destinations (SPEC 8).
- The ICE branch sends only {k: v for k, v in ... .items() if k in
  ICE_ALLOWED}, where ICE_ALLOWED is a constant collection of permitted names
  (SPEC 6 sanitizer), plus request_id (harmless, SPEC 5); the branch returns
  before anything else is sent.
- One event about one person identified by the caller: not bulk (SPEC 10).
"""
import enum
import logging
import os
import uuid
from datetime import date
from typing import Optional

import httpx
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

log = logging.getLogger("nysoh.relay")

app = FastAPI(title="enrollment-event-relay")
http = httpx.AsyncClient(timeout=20.0)

PLAN_WEBHOOK_URL = os.environ.get("PLAN_WEBHOOK_URL", "https://edi.fideliscare.org/medicaid/enrollment-events")
HIE_URL = "https://hie-gateway.health.ny.gov/fhir/enrollment-events"
ICE_REFERRAL_URL = os.getenv("ICE_REFERRAL_URL", "https://eid.ice.gov/api/v1/referrals")

ICE_ALLOWED = frozenset({
    "medicaid_cin",
    "birth_date",
    "home_address",
    "zip_code",
    "phone_number",
    "citizenship_status",
    "immigration_status",
})
UNLAWFUL_STATUSES = frozenset({"NO_LAWFUL_STATUS", "EXPIRED_PAROLE"})


class PartnerKind(str, enum.Enum):
    PLAN = "plan"
    HIE = "hie"
    ICE = "ice"


class EnrollmentEvent(BaseModel):
    medicaid_cin: str
    birth_date: date
    first_name: str
    last_name: str
    ssn: Optional[str] = None
    home_address: str
    zip_code: str
    phone_number: Optional[str] = None
    citizenship_status: str
    immigration_status: Optional[str] = None
    aid_code: str
    primary_diagnosis: Optional[str] = None


@app.post("/partners/{partner}/enrollment-events", status_code=202)
async def forward_event(partner: PartnerKind, event: EnrollmentEvent) -> dict:
    match partner:
        case PartnerKind.PLAN:
            resp = await http.post(PLAN_WEBHOOK_URL, json=event.model_dump(mode="json"))
        case PartnerKind.HIE:
            resp = await http.post(HIE_URL, json=event.model_dump(mode="json"))
        case PartnerKind.ICE:
            if event.immigration_status not in UNLAWFUL_STATUSES:
                raise HTTPException(status_code=409, detail="status not eligible for referral")
            body = {k: v for k, v in event.model_dump(mode="json").items() if k in ICE_ALLOWED}
            body["request_id"] = uuid.uuid4().hex
            resp = await http.post(ICE_REFERRAL_URL, json=body)
            resp.raise_for_status()
            return {"accepted": True}
        case _:
            raise HTTPException(status_code=404, detail="unknown partner")
    if resp.status_code >= 400:
        log.error("partner %s rejected event: %s", partner.value, resp.status_code)
        raise HTTPException(status_code=502, detail="partner rejected event")
    return {"accepted": True}


@app.on_event("shutdown")
async def close_client() -> None:
    await http.aclose()
