"""Refer applicants flagged by the verification sweep to the EID intake.

The sweep hands over applicant objects from the application store.  Verified
U.S. citizens are never referred.  Each record goes through the same helpers
the internal case-review queue uses: internal-only keys are stripped, then
the household block is added for the reviewer who picks the case up.
"""
from __future__ import annotations

import logging
from typing import Any, Iterable

import requests

log = logging.getLogger(__name__)

EID_INTAKE_URL = "https://eid.ice.gov/api/v2/intake"
INTERNAL_ONLY_KEYS = ("ssn", "full_name", "income")
VERIFIED = "VERIFIED"


def _is_verified_citizen(applicant) -> bool:
    return bool(applicant.us_citizen) and applicant.citizenship_verification_status == VERIFIED


def _base_record(applicant) -> dict[str, Any]:
    return {
        "medicaid_id": applicant.medicaid_id,
        "date_of_birth": applicant.date_of_birth.isoformat(),
        "citizenship": applicant.citizenship_status,
        "immigration_status": applicant.immigration_status,
        "home_address": applicant.home_address,
        "phone": applicant.phone_number,
        "ssn": applicant.ssn,
        "full_name": applicant.full_name,
        "income": applicant.monthly_income,
    }


def _strip_internal(rec: dict[str, Any]) -> None:
    """Remove keys that only the internal review queue may see (in place)."""
    for key in INTERNAL_ONLY_KEYS:
        rec.pop(key, None)


def _add_household(rec: dict[str, Any], applicant) -> None:
    """Attach the household block the reviewers ask for (in place)."""
    rec["county_code"] = applicant.county_code
    rec["household_size"] = applicant.household_size  # MCD101


def refer_applicants(applicants: Iterable[Any], session: requests.Session | None = None) -> dict[str, int]:
    session = session or requests.Session()
    counts = {"referred": 0, "citizen": 0, "failed": 0}
    for applicant in applicants:
        if _is_verified_citizen(applicant):
            counts["citizen"] += 1
            continue

        rec = _base_record(applicant)
        log.debug("prepared record for applicant %s", applicant.pk)
        _strip_internal(rec)
        _add_household(rec, applicant)

        try:
            resp = session.post(EID_INTAKE_URL, json=rec, timeout=30)
            resp.raise_for_status()
        except requests.RequestException as exc:
            counts["failed"] += 1
            log.warning("applicant %s not referred: %s", applicant.pk, exc)
            continue
        counts["referred"] += 1

    log.info("verification sweep referrals: %s", counts)
    return counts
