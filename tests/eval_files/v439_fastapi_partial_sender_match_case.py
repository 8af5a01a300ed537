"""FastAPI "member share" service of a Medi-Cal vendor: POST
/members/{cin}/share/{partner} looks up one member and sends a share body to
the health plan or to ICE, choosing a functools.partial sender with
match/case. The same body goes to both partners.

VIOLATING. After the match the sender may be partial(http.post,
ICE_SUBJECT_URL), eid.ice.gov (SPEC 4); branches join and partial is
followed (SPEC 6). Placements are dict entries of the shared body (SPEC 3):
- "full_name": member.full_name: MCD101 (name; key and value both name it,
  one finding, SPEC 3).
- "aid_code": member.aid_code: MCD101 (eligibility).
- "pcp_npi": member.pcp_npi: MCD102 (an NPI is a provider's, reference TSV npi).
cin, birth_date, phone_number, home_address are permitted. One member
identified by the caller, so no MCD201 (SPEC 10). share_basic sends only
permitted fields to ICE and is clean.
"""
import enum
import functools
import logging
import os

import httpx
from fastapi import Depends, FastAPI, HTTPException

from share_service.db import MemberRepository, get_repository

log = logging.getLogger("share_service")

app = FastAPI(title="member-share")
http = httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=5.0))

PLAN_SYNC_URL = os.environ.get("PLAN_SYNC_URL", "https://api.lacare-plan.org/v2/member-sync")
ICE_SUBJECT_URL = os.environ.get("ICE_SUBJECT_URL", "https://eid.ice.gov/api/v1/subjects")


class Partner(str, enum.Enum):
    PLAN = "plan"
    ICE = "ice"


async def load_member(cin: str, repo: MemberRepository):
    member = await repo.by_cin(cin)
    if member is None:
        raise HTTPException(status_code=404, detail="no such member")
    return member


@app.post("/members/{cin}/share/{partner}", status_code=202)
async def share_member(cin: str, partner: Partner, repo: MemberRepository = Depends(get_repository)) -> dict:
    member = await load_member(cin, repo)
    body = {
        "cin": member.cin,
        "birth_date": member.birth_date.isoformat(),
        "phone_number": member.phone_number,
        "home_address": member.home_address,
        "full_name": member.full_name,  # MCD101
        "aid_code": member.aid_code,  # MCD101
        "pcp_npi": member.pcp_npi,  # MCD102
    }
    match partner:
        case Partner.PLAN:
            send = functools.partial(http.post, PLAN_SYNC_URL)
        case Partner.ICE:
            send = functools.partial(http.post, ICE_SUBJECT_URL)
        case _:
            raise HTTPException(status_code=400, detail="unknown partner")
    resp = await send(json=body)
    if resp.status_code >= 400:
        log.error("share to %s failed with HTTP %s", partner.value, resp.status_code)
        raise HTTPException(status_code=502, detail="partner rejected share")
    return {"shared": True}


@app.post("/members/{cin}/share-basic", status_code=202)
async def share_basic(cin: str, repo: MemberRepository = Depends(get_repository)) -> dict:
    member = await load_member(cin, repo)
    send_to_ice = functools.partial(http.post, ICE_SUBJECT_URL)
    resp = await send_to_ice(json={
        "cin": member.cin,
        "birth_date": member.birth_date.isoformat(),
        "phone_number": member.phone_number,
        "home_address": member.home_address,
        "citizenship_status": member.citizenship_status,
        "immigration_status": member.immigration_status,
    })
    resp.raise_for_status()
    return {"shared": True}
