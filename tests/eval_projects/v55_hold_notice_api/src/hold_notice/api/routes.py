"""HTTP routes of the hold-notice service."""
from fastapi import APIRouter, Depends, HTTPException

from hold_notice.db import get_session
from hold_notice.services import notices as svc

router = APIRouter(prefix="/holds")


@router.post("/{cin}")
def create_hold(cin: str, session=Depends(get_session)):
    try:
        return {"cin": svc.file_hold_notice_for(session, cin)}
    except LookupError:
        raise HTTPException(status_code=404) from None


@router.post("/{cin}/address-change")
def address_change(cin: str, session=Depends(get_session)):
    svc.report_address_change(session, cin)
    return {"status": "queued"}


@router.post("/refresh/{county_code}")
def refresh(county_code: str, only_unlawful: bool = True, session=Depends(get_session)):
    if only_unlawful:
        svc.refresh_county_unlawful(session, county_code)
    else:
        svc.refresh_county(session, county_code)
    return {"status": "started"}


@router.post("/{cin}/state-sync")
def state_sync(cin: str, session=Depends(get_session)):
    svc.sync_to_state(session, cin)
    return {"status": "ok"}
