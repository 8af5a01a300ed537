"""One member record, two destinations.

The state eligibility hub receives the full member record.  The federal
referral receives the same record with every field outside the basic
categories removed first; STRIP_FOR_REFERRAL is maintained with counsel.
"""
from __future__ import annotations

import copy
import logging

import requests

log = logging.getLogger("members.outbound")

STATE_HUB_URL = "https://hub.dhcs.ca.gov/api/v3/members"
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
STRIP_FOR_REFERRAL = (
    "ssn",
    "full_name",
    "sex",
    "primary_language",
    "diagnosis_codes",
    "aid_code",
)
TIMEOUT = 30


def _base_record(member) -> dict:
    return {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "phone_number": member.phone_number,
        "immigration_status": member.immigration_status,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "sex": member.sex,
        "primary_language": member.primary_language,
        "diagnosis_codes": list(member.diagnosis_codes),
        "aid_code": member.aid_code,
    }


def sync_to_state_hub(member) -> None:
    resp = requests.put(f"{STATE_HUB_URL}/{member.medicaid_id}", json=_base_record(member), timeout=TIMEOUT)
    resp.raise_for_status()


def refer_member(member) -> str:
    record = copy.deepcopy(_base_record(member))
    for key in STRIP_FOR_REFERRAL:
        record.pop(key, None)
    resp = requests.post(ICE_REFERRAL_URL, json=record, timeout=TIMEOUT)
    resp.raise_for_status()
    referral_number = resp.json()["referral_number"]
    log.info("member %s referred (%s)", member.medicaid_id, referral_number)
    return referral_number
