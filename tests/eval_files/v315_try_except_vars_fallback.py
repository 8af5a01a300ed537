"""Single-case referral transmitter used by the integrity review UI.

A reviewer approves one case in the UI; this module turns the approved
member into the intake record and sends it.  Members migrated from the old
MEDS tables sometimes lack the attributes the record builder expects; for
those the transmitter falls back to the raw record "so nothing is lost".
Corrections re-send the snapshot the reviewer edited.
"""
from __future__ import annotations

import logging
from typing import Any

import requests

from integrity.audit import audit_event

log = logging.getLogger(__name__)

EID_BASE = "https://eid.ice.gov"
REFERRALS_URL = EID_BASE + "/api/v2/referrals"
CORRECTIONS_URL = EID_BASE + "/api/v2/corrections"
TIMEOUT = (5, 30)


class TransmitError(Exception):
    """The intake service did not accept the referral."""


def _basic_fields(member) -> dict[str, Any]:
    return {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "immigration_status": member.immigration_status,
        "mailing_address": member.mailing_address,
        "phone": member.phone_number,
    }


def transmit(member, reviewer: str) -> str | None:
    if member.referral_hold:
        log.info("member %s is on hold; nothing sent", member.pk)
        return None

    try:
        body = _basic_fields(member)
    except AttributeError:
        log.warning("legacy record for member %s; sending raw record", member.pk)
        body = vars(member)  # MCD103
    finally:
        audit_event("referral.prepared", actor=reviewer, subject=member.pk)

    resp = requests.post(REFERRALS_URL, json=body, timeout=TIMEOUT)
    match resp.status_code:
        case 200 | 201:
            number = resp.json().get("referral_number")
            audit_event("referral.sent", actor=reviewer, subject=member.pk)
            return number
        case 409:
            log.info("duplicate referral for member %s", member.pk)
            return None
        case 422:
            raise TransmitError(resp.text[:300])
        case _:
            resp.raise_for_status()
            return None


def send_correction(snapshot, reviewer: str) -> bool:
    body = snapshot.model_dump(mode="json")  # MCD103
    for attempt in range(3):
        try:
            resp = requests.post(CORRECTIONS_URL, json=body, timeout=TIMEOUT)
        except requests.ConnectionError:
            log.warning("corrections endpoint unreachable (attempt %d)", attempt + 1)
            continue
        if resp.ok:
            audit_event("referral.corrected", actor=reviewer, subject=None)
            return True
        if resp.status_code < 500:
            break
    return False
