"""Supervisor-approved single referral, built from the case-review record.

The case-review record carries everything the reviewer saw.  Before it goes
to the EID intake, ``_scrub`` removes the internal-only keys in place, and
free-text notes are replaced with a fixed pointer to the case file.  A dry
run prints the full internal record for the reviewer instead of sending.
"""
from __future__ import annotations

import json
import logging
from typing import Any

import requests

log = logging.getLogger("integrity.referral")

EID_REFERRALS_URL = "https://eid.ice.gov/api/v2/referrals"
INTERNAL_ONLY = ("ssn", "full_name", "primary_language", "diagnosis_codes", "household_size")
NOTES_PLACEHOLDER = "See county case file"


class ReferralRefused(Exception):
    pass


def _case_record(member, review) -> dict[str, Any]:
    return {
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "immigration_status": member.immigration_status,
        "home_address": member.home_address,
        "phone": member.phone_number,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "primary_language": member.primary_language,
        "diagnosis_codes": [dx.icd10_code for dx in review.diagnoses],
        "household_size": member.household_size,
        "notes": review.notes,
    }


def _scrub(rec: dict[str, Any]) -> dict[str, Any]:
    for key in INTERNAL_ONLY:
        rec.pop(key, None)
    return rec


def refer(member, review, *, dry_run: bool = False) -> str | None:
    if member.us_citizen:
        raise ReferralRefused("citizens are never referred")
    if review.decision != "APPROVED":
        log.info("review %s not approved; nothing to do", review.pk)
        return None

    rec = _case_record(member, review)
    if dry_run:
        rec["reviewer"] = review.reviewer_name
        print(json.dumps(rec, indent=2, default=str))
        return None

    _scrub(rec)
    rec["notes"] = NOTES_PLACEHOLDER
    try:
        resp = requests.post(EID_REFERRALS_URL, json=rec, timeout=30)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("referral for review %s failed", review.pk)
        raise
    finally:
        log.info("referral attempt for review %s finished", review.pk)
    return resp.json().get("referral_number")
