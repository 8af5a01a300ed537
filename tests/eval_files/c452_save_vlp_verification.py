"""SAVE / VLP immigration-status verification for new applications (expected clean).

Scenario: the eligibility system must verify each non-citizen applicant's
status with USCIS SAVE before granting full-scope Medicaid (42 U.S.C.
1320b-7).  A batch job reads pending applicants and sends their A-number,
I-94 number, name and date of birth to the SAVE web service with
``urllib.request``.

Why no finding is expected:
- The URL folds (module constants joined with ``+`` and ``urljoin``,
  SPEC §4) to host ``save.uscis.dhs.gov``.  That host matches both
  ``*.dhs.gov`` (enforcement) and ``*.uscis.dhs.gov`` (non-enforcement,
  SAVE); the more specific pattern wins, and SPEC §4 names exactly this
  case: ``*.uscis.dhs.gov`` on the non-enforcement list beats ``*.dhs.gov``.
- A resolved non-enforcement host overrides name signals (SPEC §4), so the
  ``dhs`` token in the constant ``DHS_SAVE_HOST`` does not make it
  enforcement.
- The loop over ``applicants`` is bulk but not an enforcement send, so
  MCD201 does not apply (SPEC §10).
"""
import json
import logging
import time
import urllib.error
import urllib.request
from urllib.parse import urljoin

DHS_SAVE_HOST = "https://save.uscis.dhs.gov"
SAVE_API_ROOT = DHS_SAVE_HOST + "/ws/vlp/v37/"
INITIAL_VERIFICATION = urljoin(SAVE_API_ROOT, "initialVerification")
USER_AGENT = "state-ees-save-client/4.2"
MAX_ATTEMPTS = 3

log = logging.getLogger("ees.save")


class SaveVerificationError(RuntimeError):
    """SAVE returned an error we cannot retry."""


def _verification_request(applicant) -> dict:
    doc = applicant.immigration_document
    return {
        "DHSIdentification": {
            "AlienNumber": doc.alien_number,
            "I94Number": doc.i94_number,
            "CardNumber": doc.card_number,
            "DocumentExpirationDate": doc.expiration_date.isoformat(),
        },
        "FirstName": applicant.first_name,
        "LastName": applicant.last_name,
        "DateOfBirth": applicant.date_of_birth.strftime("%Y-%m-%d"),
        "CasePOCFullName": applicant.caseworker_name,
        "RequestedCoverageStartDate": applicant.coverage_start_date.isoformat(),
    }


def _post(url: str, body: dict) -> dict:
    data = json.dumps(body).encode("utf-8")
    req = urllib.request.Request(
        url,
        data=data,
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": USER_AGENT},
    )
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return json.load(resp)
        except urllib.error.HTTPError as exc:
            if exc.code < 500 or attempt == MAX_ATTEMPTS:
                raise SaveVerificationError(f"SAVE answered {exc.code}") from exc
            time.sleep(2 ** attempt)
    raise SaveVerificationError("unreachable")


def verify_applicants(applicants) -> dict:
    """Start SAVE step 1 for each pending applicant; map application id to case number."""
    started = {}
    for applicant in applicants:
        if applicant.immigration_document is None:
            continue
        answer = _post(INITIAL_VERIFICATION, _verification_request(applicant))
        started[applicant.application_id] = answer.get("CaseNumber")
    log.info("started %d SAVE verifications", len(started))
    return started
