"""FastAPI router with injected repository and ICE client sends only allow-listed basic fields.

Scenario:
    A state MMIS vendor's internal API lets an investigator file one ICE EID
    referral. The repository returns the full enrollee record (SSN, name,
    diagnoses, income), the router refuses (raises) for citizens and lawful
    residents, and the body sent through the injected ICE client is cut down
    to an allow-list of the six basic categories.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - The full record (record["ssn"], record["primary_dx"], ...) never reaches
      the sink: the comprehension over record.items() filtered by the constant
      ALLOWED_FIELDS is a sanitizer (SPEC section 6, "Sanitizers").
    - The HTTPException raised for citizens and lawful statuses ends that branch
      (SPEC section 6, flow-sensitivity; section 10 scope).
    - "schema_version" is a constant and a harmless name (SPEC section 5).
    - One enrollee chosen by the caller is not a bulk send (SPEC section 10).
"""
from __future__ import annotations

import logging
from typing import Any

import httpx
from fastapi import APIRouter, Depends, HTTPException, status

from mmis.data import RecordRepository, get_session

log = logging.getLogger(__name__)

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v2/referrals"
SCHEMA_VERSION = "2026-01"

ALLOWED_FIELDS = frozenset(
    {
        "medicaid_id",
        "date_of_birth",
        "citizenship_status",
        "immigration_status",
        "home_address",
        "phone_number",
    }
)
LAWFUL_STATUSES = {"CITIZEN", "LPR", "REFUGEE", "ASYLEE", "PAROLEE_1YR"}

router = APIRouter(prefix="/ice-referrals")


class IceClient:
    def __init__(self) -> None:
        self._http = httpx.Client(timeout=20.0)

    def file_referral(self, body: dict[str, Any]) -> str:
        resp = self._http.post(ICE_REFERRAL_URL, json=body)
        resp.raise_for_status()
        return resp.json()["referralId"]


def get_repository(session=Depends(get_session)) -> RecordRepository:
    return RecordRepository(session)


def get_ice_client() -> IceClient:
    return IceClient()


@router.post("/{medicaid_id}", status_code=status.HTTP_201_CREATED)
def file_referral(
    medicaid_id: str,
    repo: RecordRepository = Depends(get_repository),
    ice: IceClient = Depends(get_ice_client),
) -> dict[str, str]:
    record = repo.full_record(medicaid_id)
    if record is None:
        raise HTTPException(status_code=404, detail="unknown enrollee")
    if record["immigration_status"] in LAWFUL_STATUSES or record["citizenship_status"] == "US":
        log.info("enrollee %s is lawfully present; referral refused", medicaid_id)
        raise HTTPException(status_code=422, detail="enrollee is not in scope of the order")

    body = {k: v for k, v in record.items() if k in ALLOWED_FIELDS}
    body["schema_version"] = SCHEMA_VERSION
    referral_id = ice.file_referral(body)
    log.info("referral %s filed (fields: %s)", referral_id, sorted(body))
    return {"referralId": referral_id}
