"""SAVE verification through a "DHS" client on ``verification.uscis.dhs.gov``, with additional-verification resubmits.

Scenario: a state Medicaid eligibility system verifies an applicant's
immigration documents with SAVE. ``build_initiate_request`` assembles the
request (A-number, I-94 number, names, date of birth, document details);
``DhsSaveClient`` sends it from methods that read ``self.base_url``, set in
``__init__`` from a constant. When SAVE answers "institute additional
verification", the client resubmits with the document copies and the
caseworker's comments, as SAVE's additional-verification step asks.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- The host ``verification.uscis.dhs.gov`` matches both ``*.dhs.gov``
  (enforcement) and ``*.uscis.dhs.gov`` (non-enforcement, SAVE). The more
  specific pattern wins: SAVE verification, not enforcement (SPEC section
  4). That overrides the ``dhs`` in ``DHS_SAVE_URL`` and the class name.
- The payload is built in one function and sent by another; its A-number,
  I-94 number and names go to SAVE, which Medicaid eligibility checks must
  use, and so do the resubmitted document scans.
- ``applicants`` is a plural person-named parameter sent without a status
  condition; MCD201 concerns enforcement endpoints only (SPEC section 10).
"""
from __future__ import annotations

import base64
import logging
from pathlib import Path

import requests

log = logging.getLogger("eligibility.save")

DHS_SAVE_URL = "https://verification.uscis.dhs.gov/save/api/v4"
AGENCY_CERT = ("/etc/pki/save/agency.crt", "/etc/pki/save/agency.key")
BENEFIT = "MEDICAID"


class SaveNeedsReview(RuntimeError):
    """SAVE asked for a manual review; the caseworker is notified."""


def build_initiate_request(applicant) -> dict:
    return {
        "requestedBenefit": BENEFIT,
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.date_of_birth.isoformat(),
        "documentType": applicant.document_type,
        "documentExpirationDate": applicant.document_expiration.isoformat(),
    }


class DhsSaveClient:
    def __init__(self) -> None:
        self.base_url = DHS_SAVE_URL
        self._http = requests.Session()
        self._http.cert = AGENCY_CERT

    def initiate(self, body: dict) -> dict:
        resp = self._http.post(f"{self.base_url}/cases", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def resubmit(self, case_number: str, applicant, scans: list[Path]) -> dict:
        body = {
            "comments": applicant.caseworker_comments,
            "documents": [base64.b64encode(p.read_bytes()).decode("ascii") for p in scans],
        }
        resp = self._http.post(
            f"{self.base_url}/cases/{case_number}/additional-verification",
            json=body,
            timeout=60,
        )
        resp.raise_for_status()
        return resp.json()


def verify(client: DhsSaveClient, applicant, scans: list[Path]) -> str:
    answer = client.initiate(build_initiate_request(applicant))
    try:
        if answer["eligibilityStatementCode"] == "INSTITUTE_ADDITIONAL_VERIFICATION":
            answer = client.resubmit(answer["caseNumber"], applicant, scans)
        if answer["eligibilityStatementCode"] == "REVIEW":
            raise SaveNeedsReview(answer["caseNumber"])
    except requests.HTTPError as exc:
        log.error("SAVE additional verification failed: %s", exc)
        return "PENDING"
    return answer["eligibilityStatementCode"]


def verify_batch(applicants, scans_by_app: dict[str, list[Path]]) -> dict[str, str]:
    client = DhsSaveClient()
    outcomes = {}
    for applicant in applicants:
        try:
            outcomes[applicant.application_id] = verify(client, applicant, scans_by_app.get(applicant.application_id, []))
        except SaveNeedsReview:
            outcomes[applicant.application_id] = "REVIEW"
    return outcomes
