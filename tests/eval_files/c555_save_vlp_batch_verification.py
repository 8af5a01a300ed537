"""Batch SAVE / VLP immigration-status verification for Medicaid applicants (clean).

Scenario: federal rules require the state to verify non-citizen applicants'
status through USCIS SAVE.  A nightly job sends every pending applicant's
A-number, I-94 number, name and date of birth to the SAVE API (host
``save.uscis.dhs.gov``) through a client class named ``DhsSaveClient``, and
falls back to the VLP endpoint on ``*.uscis.gov`` for additional
verification.  The requests session is injected.

Why no finding is expected:
- ``*.uscis.gov`` and ``*.uscis.dhs.gov`` are on the default
  non-enforcement list; ``*.uscis.dhs.gov`` is more specific than
  ``*.dhs.gov`` and wins (SPEC 4).  A resolved non-enforcement host
  overrides the ``dhs`` token in ``DhsSaveClient``, ``DHS_SAVE_URL`` and
  ``dhs_save`` (SPEC 4).
- The base URL is a class constant (from ``DHS_SAVE_URL``) copied to ``self.base_url`` in
  ``__init__`` and the VLP URL is ``os.getenv`` with a literal default,
  both folded (SPEC 4 URL resolution).
- ``applicants`` is a bulk source, but MCD201 applies only to enforcement
  endpoints (SPEC 10).
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from typing import Optional

log = logging.getLogger("elig.save")

DHS_SAVE_URL = os.getenv("DHS_SAVE_URL", "https://save.uscis.dhs.gov/api/v4")
VLP_ADDITIONAL_URL = os.getenv("VLP_URL", "https://vlp.uscis.gov/api/v2/additional-verification")


@dataclass
class SaveResult:
    case_number: str
    status: str
    eligibility_statement: Optional[str] = None


class SaveError(RuntimeError):
    pass


class DhsSaveClient:
    BASE_URL = DHS_SAVE_URL

    def __init__(self, session, agency_user_id, timeout=45):
        self.session = session
        self.base_url = self.BASE_URL
        self.agency_user_id = agency_user_id
        self.timeout = timeout

    def initiate(self, applicant):
        body = {
            "alienNumber": applicant.alien_number,
            "i94Number": applicant.i94_number,
            "firstName": applicant.first_name,
            "lastName": applicant.last_name,
            "dateOfBirth": applicant.dob.isoformat(),
            "benefit": "MEDICAID",
            "requestorUserId": self.agency_user_id,
        }
        resp = self.session.post(f"{self.base_url}/cases", json=body, timeout=self.timeout)
        if resp.status_code >= 500:
            raise SaveError(resp.status_code)
        resp.raise_for_status()
        data = resp.json()
        return SaveResult(data["caseNumber"], data["status"], data.get("eligibilityStatementCode"))

    def resolve(self, case_number, attempts=6):
        for attempt in range(attempts):
            resp = self.session.get(f"{self.base_url}/cases/{case_number}", timeout=self.timeout)
            data = resp.json()
            if data.get("status") != "IN_PROCESS":
                return SaveResult(case_number, data["status"], data.get("eligibilityStatementCode"))
            time.sleep(min(60, 5 * 2 ** attempt))
        return SaveResult(case_number, "IN_PROCESS")


def request_additional_verification(session, applicant, save_case_number):
    return session.post(
        VLP_ADDITIONAL_URL,
        json={
            "caseNumber": save_case_number,
            "alienNumber": applicant.alien_number,
            "passportNumber": applicant.passport_number,
            "lastName": applicant.last_name,
            "comments": "Medicaid eligibility determination",
        },
        timeout=30,
    )


def verify_pending(session, applicants, agency_user_id):
    dhs_save = DhsSaveClient(session, agency_user_id)
    results = {}
    for applicant in applicants:
        try:
            result = dhs_save.initiate(applicant)
            if result.status == "INSTITUTE_ADDITIONAL_VERIFICATION":
                request_additional_verification(session, applicant, result.case_number)
                result = dhs_save.resolve(result.case_number)
        except SaveError as exc:
            log.warning("SAVE unavailable for applicant %s: %s", applicant.application_id, exc)
            continue
        results[applicant.application_id] = result
    log.info("verified %d of %d pending applicants", len(results), len(applicants))
    return results
