"""Context-manager SAVE client with tenacity retries sends A-number, name and DOB to USCIS for eligibility.

Scenario:
    A state eligibility system verifies an applicant's immigration status
    with the SAVE program before approving Medicaid, as federal law
    requires. The client is a context manager named DhsSaveSession; the
    case request carries the alien number, I-94 number, name and date of
    birth, and is retried with tenacity's Retrying on 5xx responses. The
    default host is under uscis.dhs.gov.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - The URL folds (os.environ.get default) to verification.uscis.dhs.gov;
      *.uscis.dhs.gov on the non-enforcement list is more specific than
      *.dhs.gov and wins (SPEC section 4, "*.uscis.dhs.gov ... beats
      *.dhs.gov"; SAVE is what eligibility checks must use).
    - A resolved non-enforcement host overrides the "dhs" name signals of
      the class and settings (SPEC section 4).
"""
from __future__ import annotations

import logging
import os
from datetime import date

import requests
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

log = logging.getLogger("eligibility.save")

DHS_SAVE_URL = os.environ.get("DHS_SAVE_URL", "https://verification.uscis.dhs.gov/save/api/v4/cases")


def _is_server_error(exc: BaseException) -> bool:
    return isinstance(exc, requests.HTTPError) and exc.response is not None and exc.response.status_code >= 500


class DhsSaveSession:
    def __init__(self, client_id: str, client_secret: str) -> None:
        self._auth = (client_id, client_secret)
        self._session = requests.Session()

    def __enter__(self) -> "DhsSaveSession":
        self._session.auth = self._auth
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._session.close()

    def initiate_case(self, request: dict) -> dict:
        for attempt in Retrying(
            stop=stop_after_attempt(5),
            wait=wait_random_exponential(multiplier=2, max=60),
            retry=retry_if_exception(_is_server_error),
            reraise=True,
        ):
            with attempt:
                resp = self._session.post(DHS_SAVE_URL, json=request, timeout=45)
                resp.raise_for_status()
        return resp.json()


def verify_applicant(applicant, application_id: str) -> str:
    request = {
        "caseRequestId": application_id,
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.date_of_birth.strftime("%Y-%m-%d"),
        "benefit": "MEDICAID",
        "requestedOn": date.today().isoformat(),
    }
    with DhsSaveSession(os.environ["SAVE_CLIENT_ID"], os.environ["SAVE_CLIENT_SECRET"]) as save:
        result = save.initiate_case(request)
    status = result.get("eligibilityStatement", "INSTITUTE_ADDITIONAL_VERIFICATION")
    log.info("SAVE case %s for application %s: %s", result.get("caseNumber"), application_id, status)
    return status
