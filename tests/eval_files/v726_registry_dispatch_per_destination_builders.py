"""Destination registry of sender functions: full record to CMS, allow-listed basics to ICE.

Scenario:
    A state integration hub routes an enrollee to one of several partners
    through a module constant registry keyed by destination. Each sender
    builds its own body: the CMS identity sender sends the whole record
    (name, SSN, aid code), the ICE sender returns early for citizens and
    lawful statuses and copies only allow-listed basic fields with
    {n: getattr(member, n) for n in ICE_FIELDS}.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - SENDERS[destination](member) may call any sender (key unknown), but
      each sender is lawful for its own destination: cms.gov is on the
      non-enforcement list (SPEC section 4), and the ICE body is the
      {n: getattr(o, n) for n in ALLOWED} sanitizer over a constant tuple of
      permitted names (SPEC section 6, "Sanitizers").
    - The early return on citizenship / lawful status ends the ICE branch for
      citizens and lawful residents (SPEC section 6 flow; section 10).
    - The caller hands on only the nameless member object (SPEC section 3,
      "tx.send_person(m)" is clean).
"""
from __future__ import annotations

import logging
from typing import Callable

import requests

log = logging.getLogger("hub.registry")

CMS_IDENTITY_URL = "https://identity.cms.gov/api/v1/members"
ICE_EID_URL = "https://eid.ice.gov/api/v1/subjects"

ICE_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "citizenship_status",
    "immigration_status",
    "home_address",
    "phone_number",
)
LAWFUL = {"CITIZEN", "NATIONAL", "LPR", "REFUGEE", "ASYLEE"}


def send_cms(member) -> str | None:
    body = {
        "medicaid_id": member.medicaid_id,
        "full_name": member.full_name,
        "ssn": member.ssn,
        "aid_code": member.aid_code,
        "date_of_birth": str(member.date_of_birth),
    }
    resp = requests.post(CMS_IDENTITY_URL, json=body, timeout=30)
    resp.raise_for_status()
    return resp.headers.get("Location")


def send_ice(member) -> str | None:
    if member.citizenship_status == "US" or member.immigration_status in LAWFUL:
        log.info("member %s is lawfully present; not sent", member.medicaid_id)
        return None
    body = {n: getattr(member, n) for n in ICE_FIELDS}
    body["date_of_birth"] = str(body["date_of_birth"])
    resp = requests.post(ICE_EID_URL, json=body, timeout=30)
    resp.raise_for_status()
    return resp.json()["subjectId"]


SENDERS: dict[str, Callable[[object], str | None]] = {
    "cms": send_cms,
    "ice": send_ice,
}


def route(repository, destination: str, member_id: int) -> str | None:
    sender = SENDERS.get(destination)
    if sender is None:
        raise ValueError(f"unknown destination: {destination}")
    member = repository.get(member_id)
    receipt = SENDERS[destination](member)
    log.info("member %s -> %s: %s", member_id, destination, receipt)
    return receipt
