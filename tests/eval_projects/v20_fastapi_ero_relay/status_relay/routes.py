"""HTTP API used by caseworker tools."""
from __future__ import annotations

import logging

import httpx
from fastapi import APIRouter, Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy.orm import Session

from . import roster
from .builders import add_humanitarian_flags, build_referral
from .clients import EroReferralGateway, StateAvuGateway, StatusBrokerGateway

log = logging.getLogger(__name__)

router = APIRouter(prefix="/v1")
ero = EroReferralGateway()
avu = StateAvuGateway()
broker = StatusBrokerGateway()

# Harris and Bexar confirmations stay with the state's own address unit.
STATE_ONLY_COUNTIES = frozenset({"48201", "48029"})


class ReferralRequest(BaseModel):
    medicaid_id: str
    requested_by: str
    reason: str | None = None


def _load(db: Session, medicaid_id: str) -> roster.Enrollee:
    enrollee = roster.get_enrollee(db, medicaid_id)
    if enrollee is None:
        raise HTTPException(status_code=404, detail="unknown medicaid_id")
    return enrollee


@router.post("/referrals")
def create_referral(req: ReferralRequest, db: Session = Depends(roster.get_db)) -> dict:
    enrollee = _load(db, req.medicaid_id)
    packet = build_referral(enrollee)

    if enrollee.county_fips in STATE_ONLY_COUNTIES:
        packet["ssn"] = enrollee.ssn
        avu.confirm(packet)
        return {"routed": "state-avu"}

    add_humanitarian_flags(packet, enrollee)
    packet["referral_reason"] = req.reason  # MCD104
    log.info("referral for %s requested by %s", req.medicaid_id, req.requested_by)
    ero.submit(packet)  # MCD101 MCD102
    return {"routed": "ero"}


@router.post("/referrals/{medicaid_id}/refresh")
def refresh_referral(medicaid_id: str, db: Session = Depends(roster.get_db)) -> dict:
    enrollee = _load(db, medicaid_id)
    update = {
        "medicaid_id": enrollee.medicaid_id,
        "home_address": enrollee.home_address,
        "phone": enrollee.home_phone,
    }
    # fallback contact for the field office while the status is unconfirmed
    update["email"] = enrollee.email_address  # MCD101
    try:
        update["immigration_status"] = broker.current_status(enrollee.medicaid_id)
        del update["email"]
    except httpx.HTTPError:
        log.warning("status broker unavailable; refreshing %s without a verified status", medicaid_id)
    ero.submit(update)
    return {"refreshed": True}


@router.post("/sweeps/{county_fips}")
def county_sweep(county_fips: str, db: Session = Depends(roster.get_db)) -> dict:
    sent = 0
    for enrollee in roster.enrollees_in_county(db, county_fips):
        if enrollee.home_address is None:
            continue
        ero.submit(build_referral(enrollee))  # MCD101 MCD201
        sent += 1
    return {"county_fips": county_fips, "record_count": sent}


app = FastAPI(title="tx-status-relay")
app.include_router(router)
