"""Subject push to a contractor's immigration-case gateway, marked as enforcement by pragma; helper blocks add e-mail, household size and a whole determination.

Scenario: a vendor integration posts one enrollee at a time to the
"ImmigrationOS partner gateway", a contractor host that is on neither host
list. The security team marked the call with ``# medicaid-scope:
enforcement`` because the gateway forwards to ICE. The body is assembled
from small helper blocks; the contact block grew an e-mail address, the case
block a household size, and the body embeds the member's current eligibility
determination with Django's ``model_to_dict``.

Expected findings: (the pragma makes the ``session.post`` call an enforcement
sink, SPEC sections 4 and 7; fields placed by same-module helpers are
reported at their placement, SPEC section 6):
- line 45: MCD101 'email_address' (e-mail) in ``_contact_block``;
- line 58: MCD101 'household_size' (household) in ``_case_block``;
- line 71: MCD103 ``**model_to_dict(member.current_determination)``
  without ``fields=``: a whole, unbounded record spread into the body
  (SPEC sections 3 and 6).

Not findings: Medicaid ID, date of birth, phone and mobile, the mailing
address and immigration status are permitted; ``request_id`` is harmless
(SPEC section 5). One member per call, chosen by the caller (no MCD201).
"""
from __future__ import annotations

import logging
import os
import uuid

import requests
from django.forms.models import model_to_dict

log = logging.getLogger("vendor.gateway.subjects")

GATEWAY_URL = os.environ.get(
    "SUBJECT_GATEWAY_URL", "https://gw.immigrationos-partner.net/v3/subjects"
)
GATEWAY_TOKEN = os.environ.get("SUBJECT_GATEWAY_TOKEN", "")


def _contact_block(member) -> dict:
    return {
        "phone": member.phone_number,
        "mobile": member.mobile_phone,
        "email": member.email_address,  # MCD101
    }


def _address_block(member) -> dict:
    return {
        "mailing_address": member.mailing_address,
        "city": member.mailing_city,
        "zip_code": member.mailing_zip,
    }


def _case_block(case) -> dict:
    return {"household_size": case.household_size}  # MCD101


def push_subject(member, case, session: requests.Session) -> str:
    request_id = str(uuid.uuid4())
    body = {
        "request_id": request_id,
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "immigration_status": member.immigration_status,
        **_contact_block(member),
        **_address_block(member),
        **_case_block(case),
        **model_to_dict(member.current_determination),  # MCD103
    }
    resp = session.post(  # medicaid-scope: enforcement
        GATEWAY_URL,
        json=body,
        headers={"Authorization": f"Bearer {GATEWAY_TOKEN}"},
        timeout=30,
    )
    resp.raise_for_status()
    log.info("subject %s pushed as %s", member.medicaid_id, request_id)
    return request_id
