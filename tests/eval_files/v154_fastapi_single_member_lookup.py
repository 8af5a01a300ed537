"""FastAPI endpoint: a records-request service discloses ONE enrollee, named by the caller's
path parameter, to ICE EID.

Expected no MCD201: the record is looked up by its Medicaid ID (one person chosen by the caller), not a population; MCD101 for the last name placed in the payload.
"""
from datetime import date

import httpx
from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from .deps import get_session
from .models import Member

router = APIRouter(prefix="/records-requests")
ICE_EID_SUBJECTS = "https://eid.ice.gov/api/v2/subjects"


class RequestRef(BaseModel):
    request_id: str
    received_on: date


@router.post("/{msis_ident_num}/disclose")
async def disclose_member(
    msis_ident_num: str,
    ref: RequestRef,
    session: Session = Depends(get_session),
):
    member = session.execute(
        select(Member).where(Member.msis_ident_num == msis_ident_num)
    ).scalar_one_or_none()
    if member is None:
        raise HTTPException(status_code=404, detail="no such enrollee")
    payload = {
        "request_id": ref.request_id,
        "msis_ident_num": member.msis_ident_num,
        "last_name": member.elgbl_last_name,  # MCD101
        "birth_dt": member.birth_dt.isoformat(),
        "ctznshp_ind": member.ctznshp_ind,
        "imgrtn_stus_cd": member.imgrtn_stus_cd,
        "elgbl_phne_num": member.elgbl_phne_num,
    }
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.post(ICE_EID_SUBJECTS, json=payload)
    resp.raise_for_status()
    return {"request_id": ref.request_id, "status": resp.status_code}
