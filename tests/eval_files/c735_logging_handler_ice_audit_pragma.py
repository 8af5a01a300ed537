"""Referral audit log shipped to an ICE-bound HTTP log handler leaks household size and a score.

Scenario:
    A state referral service posts the lawful six-category referral to ICE,
    then writes an audit event through a logger whose only handler is an
    HTTPHandler pointed at ICE's partner audit endpoint (the agreement asks
    for an audit trail). The team marked that log call with the enforcement
    pragma. The audit event's "extra" adds the household size and the
    internal match score, which are not basic categories.

Expected findings:
    line 75, MCD101, "household_size" from member.household_size (household)
    line 76, MCD104, "score" from member.score (unknown field, not in the vocabulary)
"""
from __future__ import annotations

import logging
import logging.handlers

import requests

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
ICE_AUDIT_HOST = "audit.eid.ice.gov"

log = logging.getLogger("referrals")

ice_audit = logging.getLogger("referrals.ice_audit")
ice_audit.propagate = False
ice_audit.addHandler(
    logging.handlers.HTTPHandler(ICE_AUDIT_HOST, "/v1/partner-audit", method="POST", secure=True)
)

UNLAWFUL = {"UNLAWFUL", "OVERSTAY"}


class ReferralService:
    def __init__(self, repository) -> None:
        self._repo = repository
        self._http = requests.Session()

    def refer(self, medicaid_id: str) -> str | None:
        member = self._repo.get(medicaid_id)
        if member.immigration_status not in UNLAWFUL:
            log.info("member %s not in scope; nothing sent", medicaid_id)
            return None

        body = {
            "medicaid_id": member.medicaid_id,
            "date_of_birth": member.date_of_birth.isoformat(),
            "immigration_status": member.immigration_status,
            "citizenship": member.citizenship,
            "address": {
                "street": member.street,
                "city": member.city,
                "state": member.state,
                "zip": member.zip,
            },
            "phone": member.phone,
        }
        resp = self._http.post(ICE_REFERRAL_URL, json=body, timeout=20)
        resp.raise_for_status()
        referral_id = resp.json()["referralId"]
        self._audit(member)
        return referral_id

    def _audit(self, member) -> None:
        extra = build_audit_extra(member)
        ice_audit.info("referral filed", extra=extra)  # medicaid-scope: enforcement


def build_audit_extra(member) -> dict:
    return {
        "event": "referral_filed",
        "medicaid_id": member.medicaid_id,
        "household_size": member.household_size,  # MCD101
        "score": member.score,  # MCD104
    }
