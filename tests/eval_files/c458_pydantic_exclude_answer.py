"""Answering individual DHS information requests from a pydantic member record (expected clean).

Scenario: the agency's request-response service receives DHS requests
about one named person, loads that person's full member record (a
pydantic model with name, SSN, sex, diagnosis and aid code) and answers
with the six basic categories only, stripping the rest in two ways.

Why no finding is expected:
- Destination: ``DHS_EID_URL`` folds through ``os.getenv`` to
  ``eid.dhs.gov``, an enforcement host (SPEC §4).
- ``answer_request``: ``model_dump(exclude=...)`` of a model declared in
  the module carries the declared fields minus the excluded ones (SPEC §6
  honours ``exclude``); what is left -- cin, date_of_birth, home_address,
  mailing_address, phone_number, citizenship_status, immigration_status --
  is permitted (SPEC §1, §5).
- ``answer_followup``: the parameter annotated with the module's model
  carries its fields (SPEC §6); ``pop`` in a loop over the constant
  collection ``NOT_SHAREABLE`` removes every non-permitted field (SPEC §6
  sanitizers).
- ``request_id`` is a harmless request id (SPEC §5).
- Each call concerns one person chosen by the requester, so it is not a
  bulk send (SPEC §10 "Not bulk").
"""
import os
from datetime import date

import httpx
from pydantic import BaseModel

DHS_EID_URL = os.getenv("DHS_EID_URL", "https://eid.dhs.gov/api/v2/information-requests")

NOT_SHAREABLE = ("first_name", "last_name", "ssn", "sex", "primary_diagnosis", "aid_code")


class MemberRecord(BaseModel):
    cin: str
    first_name: str
    last_name: str
    ssn: str | None = None
    date_of_birth: date
    sex: str
    home_address: str
    mailing_address: str | None = None
    phone_number: str | None = None
    citizenship_status: str
    immigration_status: str | None = None
    primary_diagnosis: str | None = None
    aid_code: str


def answer_request(request_id: str, raw: dict) -> int:
    rec = MemberRecord.model_validate(raw)
    body = rec.model_dump(
        mode="json",
        exclude={"first_name", "last_name", "ssn", "sex", "primary_diagnosis", "aid_code"},
    )
    resp = httpx.post(
        f"{DHS_EID_URL}/{request_id}/response",
        json={"request_id": request_id, "subject": body},
        timeout=30.0,
    )
    return resp.status_code


def answer_followup(request_id: str, rec: MemberRecord) -> int:
    body = rec.model_dump(mode="json")
    for key in NOT_SHAREABLE:
        body.pop(key, None)
    with httpx.Client(timeout=30.0) as client:
        resp = client.post(f"{DHS_EID_URL}/{request_id}/followup", json={"request_id": request_id, "subject": body})
    return resp.status_code
