"""Answer one ICE request for basic information about one named person.

From 6 January 2026 the agency may give ICE the six basic categories about a
person who is unlawfully present.  A caseworker opens the request, the
service looks the person up by Medicaid ID and maps our T-MSIS column names
onto the EID schema.  Nothing else leaves the building.
"""
import json
import logging
import urllib.request

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy.orm import Session

from mmis.db import get_session
from mmis.models import Enrollee

log = logging.getLogger(__name__)
router = APIRouter(prefix="/ice-requests", tags=["federal-requests"])

ICE_EID_URL = "https://eid.ice.gov/api/v1/basic-information"

# our column -> EID schema element; only the six basic categories
FIELD_MAP = {
    "msis_ident_num": "medicaidId",
    "birth_dt": "dateOfBirth",
    "ctznshp_ind": "citizenshipIndicator",
    "imgrtn_stus_cd": "immigrationStatusCode",
    "elgbl_line_1_adr": "addressLine1",
    "elgbl_zip_cd": "zipCode",
    "elgbl_phne_num": "phoneNumber",
}


def to_partner_schema(enrollee: Enrollee) -> dict:
    body = {}
    for column, element in FIELD_MAP.items():
        value = getattr(enrollee, column)
        if value is None:
            continue
        body[element] = value.isoformat() if column == "birth_dt" else value
    return body


def _post(body: dict) -> int:
    req = urllib.request.Request(
        ICE_EID_URL,
        data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=20) as resp:
        return resp.status


@router.post("/{member_id}")
def answer_request(member_id: str, request_id: str, session: Session = Depends(get_session)):
    enrollee = session.get(Enrollee, member_id)
    if enrollee is None:
        raise HTTPException(status_code=404, detail="unknown member")
    if enrollee.ctznshp_ind == "Y":
        raise HTTPException(status_code=409, detail="citizens are never reported")
    body = to_partner_schema(enrollee)
    body["requestId"] = request_id
    status = _post(body)
    log.info("answered ICE request %s with status %s", request_id, status)
    return {"member_id": member_id, "status": status}
