"""FastAPI referral router whose injected ICE client receives name and diagnosis.

Scenario:
    A state MMIS vendor exposes an internal FastAPI endpoint that caseworkers
    call to refer one enrollee to ICE's EID referral API. The repository and
    the ICE client are injected with ``Depends``. The router builds the
    referral body itself and adds the enrollee's full name and primary
    diagnosis "for matching", which the Dec. 29, 2025 order does not permit.

Expected findings:
    line 68, MCD101, "subject_name" placed from member.full_name (name is outside the six categories)
    line 69, MCD102, "primary_dx" placed from member.primary_diagnosis (health data)
"""
from __future__ import annotations

import logging
from typing import Any

import requests
from fastapi import APIRouter, Depends, HTTPException

from mmis.db import SessionLocal
from mmis.models import Member

log = logging.getLogger(__name__)

ICE_EID_BASE = "https://eid.ice.gov/api/v2"

router = APIRouter(prefix="/referrals", tags=["referrals"])


class MemberRepository:
    def __init__(self, session) -> None:
        self._session = session

    def get(self, member_id: int) -> Member | None:
        return self._session.get(Member, member_id)


class IceReferralClient:
    def __init__(self) -> None:
        self.base_url = ICE_EID_BASE
        self._http = requests.Session()

    def submit(self, body: dict[str, Any]) -> str:
        resp = self._http.post(f"{self.base_url}/referrals", json=body, timeout=20)
        resp.raise_for_status()
        return resp.json()["referralId"]


def get_repository():
    session = SessionLocal()
    try:
        yield MemberRepository(session)
    finally:
        session.close()


def get_ice_client() -> IceReferralClient:
    return IceReferralClient()


def _referral_body(member: Member) -> dict[str, Any]:
    return {
        "medicaidId": member.cin,
        "birthDate": member.birth_date.isoformat(),
        "immigrationStatus": member.immigration_status,
        "subject_name": member.full_name,  # MCD101
        "primary_dx": member.primary_diagnosis,  # MCD102
        "homeAddress": {
            "street": member.street_address,
            "city": member.city,
            "zip": member.zip_code,
        },
    }


@router.post("/{member_id}")
def refer_member(
    member_id: int,
    repo: MemberRepository = Depends(get_repository),
    ice_client: IceReferralClient = Depends(get_ice_client),
) -> dict[str, str]:
    member = repo.get(member_id)
    if member is None:
        raise HTTPException(status_code=404, detail="member not found")
    body = _referral_body(member)
    referral_id = ice_client.submit(body)
    log.info("referral %s filed for member %s", referral_id, member_id)
    return {"referralId": referral_id}
