"""Illinois DHS redetermination client and SAVE verification helper.

Scenario: the Illinois Medicaid eligibility vendor pushes annual
redetermination packets (SSN, names, income, household members,
disability diagnoses) to the Illinois Department of Human Services
Integrated Eligibility System API, and opens SAVE (USCIS) initial
verification cases for non-citizen applicants.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- IllinoisDhsClient posts SSN, names, income, household and ICD-10 codes
  to ``eligibility.dhs.illinois.gov``. The base URL is folded from the
  ``os.environ.get`` default (SPEC section 4, URL resolution), stored on
  ``self.base_url`` in ``__init__`` and used through a
  ``functools.partial`` of ``Session.post`` (SPEC section 6). The host is
  a state's own .gov domain, on the non-enforcement list, which overrides
  every name signal; besides, ``dhs`` sits next to the state name or
  postal code in every name (``IL_DHS_...``, ``IllinoisDhs...``), which
  names a state agency (SPEC section 4).
- ``DHS_SAVE_URL`` carries the ``dhs`` token, but it resolves to
  ``save.uscis.gov``; ``*.uscis.gov`` (SAVE) is on the default
  non-enforcement list and the resolved host overrides the name, so the
  A-number, I-94 number and name sent there do not reach an enforcement
  endpoint (SPEC section 4).
- The batch loop over ``members`` sends to the state agency only, so the
  population-scope rule (SPEC section 10) does not apply.
"""
from __future__ import annotations

import functools
import logging
import os
import uuid
from dataclasses import dataclass
from typing import Any

import requests

log = logging.getLogger(__name__)

IL_DHS_BASE_URL = os.environ.get(
    "IL_DHS_ELIGIBILITY_URL", "https://eligibility.dhs.illinois.gov/api/v2"
)
DHS_SAVE_URL = "https://save.uscis.gov/api/v1/initial-verification"
DEFAULT_TIMEOUT = 30
AGENCY_CODE = "IL-HFS"
RETRYABLE = frozenset({502, 503, 504})


class EligibilityApiError(RuntimeError):
    """Raised when the state eligibility API rejects a packet."""


@dataclass
class SubmissionResult:
    request_id: str
    status_code: int
    accepted: bool


class IllinoisDhsClient:
    """Thin client for the IL DHS Integrated Eligibility System API."""

    def __init__(self, session: requests.Session | None = None,
                 timeout: int = DEFAULT_TIMEOUT) -> None:
        self.base_url = IL_DHS_BASE_URL
        self.session = session or requests.Session()
        self.session.headers.update({"X-Agency-Code": AGENCY_CODE})
        self._post = functools.partial(self.session.post, timeout=timeout)

    def _household_block(self, member) -> list[dict[str, Any]]:
        block = []
        for person in member.household_members:
            block.append(
                {
                    "first_name": person.first_name,
                    "last_name": person.last_name,
                    "relationship": person.relationship_to_applicant,
                    "monthly_income": person.monthly_income,
                }
            )
        return block

    def submit_redetermination(self, member) -> SubmissionResult:
        request_id = str(uuid.uuid4())
        payload: dict[str, Any] = {
            "request_id": request_id,
            "medicaid_id": member.cin,
            "ssn": member.ssn,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "date_of_birth": member.dob.isoformat(),
            "household_size": member.household_size,
            "household_income": member.household_income,
        }
        payload["household"] = self._household_block(member)
        if member.disability_claimed:
            payload.setdefault("disability", {})["diagnosis_codes"] = [
                dx.icd10_code for dx in member.disability_diagnoses
            ]
        try:
            resp = self._post(f"{self.base_url}/redeterminations", json=payload)
        except requests.RequestException as exc:
            log.error("IL DHS redetermination %s failed: %s", request_id, exc)
            raise EligibilityApiError(str(exc)) from exc
        if resp.status_code in RETRYABLE:
            log.warning("IL DHS busy (%s); request %s deferred",
                        resp.status_code, request_id)
            return SubmissionResult(request_id, resp.status_code, False)
        if not resp.ok:
            raise EligibilityApiError(f"{resp.status_code}: {resp.text[:200]}")
        return SubmissionResult(request_id, resp.status_code, True)


def open_save_case(applicant, session: requests.Session | None = None) -> str | None:
    """Open a SAVE initial verification case for a non-citizen applicant."""
    if not applicant.alien_number and not applicant.i94_number:
        log.info("application %s has no document number; SAVE skipped",
                 applicant.application_id)
        return None
    http = session or requests.Session()
    body = {
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.dob.strftime("%Y-%m-%d"),
        "benefit": "MEDICAID",
        "requestorCaseNumber": applicant.application_id,
    }
    resp = http.post(DHS_SAVE_URL, json=body, timeout=DEFAULT_TIMEOUT)
    resp.raise_for_status()
    case_number = resp.json().get("caseNumber")
    log.info("SAVE case %s opened", case_number)
    return case_number


def run_redetermination_batch(members, client: IllinoisDhsClient | None = None) -> dict[str, int]:
    """Submit every member due for renewal this month to the state system."""
    client = client or IllinoisDhsClient()
    counts = {"accepted": 0, "deferred": 0, "failed": 0}
    for member in members:
        try:
            result = client.submit_redetermination(member)
        except EligibilityApiError:
            counts["failed"] += 1
            continue
        counts["accepted" if result.accepted else "deferred"] += 1
    log.info("redetermination batch finished: %s", counts)
    return counts
