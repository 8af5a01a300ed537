"""SAVE verification of non-citizen applicants (required for eligibility).

SAVE is run by USCIS (part of DHS); 42 U.S.C. 1320b-7 requires the check.
"""
import logging
import time

import httpx

log = logging.getLogger("save")

DHS_SAVE_CASES_URL = "https://save.uscis.gov/api/v2/cases"
DHS_SAVE_STEP2_URL = "https://save.uscis.gov/api/v2/cases/{case}/additional-verification"


def save_request(applicant):
    body = {
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.dob.isoformat(),
        "alienNumber": applicant.alien_number,
    }
    if applicant.i94_number:
        body["i94Number"] = applicant.i94_number
    if applicant.visa_number:
        body["visaNumber"] = applicant.visa_number
    body["benefit"] = "MEDICAID"
    return body


class DhsSaveClient:
    def __init__(self, cert, key):
        self.http = httpx.Client(cert=(cert, key), timeout=40.0)

    def initiate(self, applicant):
        for attempt in range(3):
            try:
                resp = self.http.post(DHS_SAVE_CASES_URL, json=save_request(applicant))
                resp.raise_for_status()
                return resp.json()
            except httpx.TransportError:
                log.warning("SAVE transport error, attempt %d", attempt + 1)
                time.sleep(3)
        raise RuntimeError("SAVE unavailable")

    def step_two(self, case_number, applicant):
        url = DHS_SAVE_STEP2_URL.format(case=case_number)
        resp = self.http.post(url, json={"comments": applicant.caseworker_comment,
                                         "ssn": applicant.ssn})
        resp.raise_for_status()
        return resp.json()


def verify_pending(dhs_save_client, applicants):
    results = {}
    for applicant in applicants:
        if applicant.us_citizen:
            continue
        case = dhs_save_client.initiate(applicant)
        if case.get("eligibilityStatementCode") == "INSTITUTE_ADDITIONAL_VERIFICATION":
            case = dhs_save_client.step_two(case["caseNumber"], applicant)
        results[applicant.pk] = case.get("eligibilityStatementCode")
    return results
