"""Caseworker-initiated referral of one member whose SAVE result shows no lawful status: the shared case view (also sent in full to the state case portal) is stripped for ICE by popping a constant list of fields in a loop, deleting the notes and masking the name with a constant before the POST to eid.ice.gov.

Expected clean: ``pop``/``del`` in a loop over a constant collection and a value replaced by a constant are sanitizers, leaving only medicaid_id, date_of_birth, home_address, phone_number, citizenship_status and immigration_status (SPEC §5, §6); the full view goes only to ``portal.dhcs.ca.gov`` (state domain), and a single member chosen by the caller is not bulk (SPEC §10).
"""
import copy
import logging
import os
from typing import Optional

import requests

log = logging.getLogger("casework.ice_referral")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v2/referrals"
CASE_PORTAL_URL = os.environ.get("CASE_PORTAL_URL", "https://portal.dhcs.ca.gov/api/cases/view")
WITHHELD = "WITHHELD"
NEVER_SHARE = (
    "ssn",
    "gender",
    "email",
    "monthly_income",
    "household_size",
    "aid_code",
    "primary_diagnosis",
    "preferred_language",
)
NO_LAWFUL_STATUS = frozenset({"NLS", "DEPORT_ORDER"})


class ReferralBlocked(Exception):
    pass


def case_view(member) -> dict:
    """The view the case portal renders; keys mirror the portal's JSON schema."""
    return {
        "medicaid_id": member.medicaid_id,
        "full_name": member.full_name,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "phone_number": member.phone_number,
        "email": member.email,
        "ssn": member.ssn,
        "gender": member.gender,
        "monthly_income": str(member.monthly_income),
        "household_size": member.household_size,
        "aid_code": member.aid_code,
        "primary_diagnosis": member.primary_diagnosis,
        "preferred_language": member.preferred_language,
        "citizenship_status": member.citizenship_status,
        "immigration_status": member.immigration_status,
        "caseworker_notes": member.caseworker_notes,
    }


def publish_to_portal(session: requests.Session, member) -> None:
    resp = session.put(CASE_PORTAL_URL, json=case_view(member), timeout=20)
    resp.raise_for_status()


def ice_body(member) -> dict:
    body = copy.deepcopy(case_view(member))
    for field_name in NEVER_SHARE:
        body.pop(field_name, None)
    del body["caseworker_notes"]
    body["full_name"] = WITHHELD
    return body


def refer(session: requests.Session, member, requested_by: str) -> Optional[str]:
    if member.immigration_status not in NO_LAWFUL_STATUS:
        raise ReferralBlocked(f"member {member.medicaid_id} is not shown as unlawfully present")
    body = ice_body(member)
    log.info("referral of %s requested by %s", member.medicaid_id, requested_by)
    try:
        resp = session.post(ICE_REFERRAL_URL, json=body, timeout=30)
    except requests.RequestException:
        log.exception("referral of %s not delivered", member.medicaid_id)
        return None
    if resp.status_code == 409:
        log.info("EID already holds a referral for %s", member.medicaid_id)
        return None
    resp.raise_for_status()
    return resp.json().get("referral_number")


def main(member_loader, medicaid_id: str, requested_by: str) -> int:
    member = member_loader(medicaid_id)
    with requests.Session() as session:
        session.cert = (os.environ["EID_CERT"], os.environ["EID_KEY"])
        publish_to_portal(session, member)
        try:
            number = refer(session, member, requested_by)
        except ReferralBlocked as exc:
            log.warning("%s", exc)
            return 3
    return 0 if number else 1
