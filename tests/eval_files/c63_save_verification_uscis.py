"""SAVE verification of immigration documents at USCIS (*.uscis.dhs.gov).

Scenario: Medicaid eligibility must verify non-citizen applicants through
SAVE. The host save.uscis.dhs.gov matches both the enforcement pattern
`*.dhs.gov` and the default non-enforcement pattern `*.uscis.dhs.gov`; the
more specific pattern (more labels) wins, so it is not enforcement (SPEC
section 4), even though the constant, the environment variable and the
client class carry `dhs`. The A-number, I-94 number, names, SSN and date of
birth sent for verification are therefore no findings: clean.
"""
import os

import requests

SAVE_DHS_BASE_URL = os.getenv("SAVE_DHS_BASE_URL", "https://save.uscis.dhs.gov/api/v4")


class DhsSaveClient:
    def __init__(self):
        self.base_url = SAVE_DHS_BASE_URL
        self.session = requests.Session()

    def initiate_verification(self, applicant, document):
        body = {
            "firstName": applicant.first_name,
            "lastName": applicant.last_name,
            "dateOfBirth": applicant.date_of_birth.isoformat(),
            "alienNumber": document.alien_number,
            "i94Number": document.i94_number,
            "documentTypeId": document.type_code,
            "requestedBenefit": "MEDICAID",
        }
        resp = self.session.post(f"{self.base_url}/cases", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json()["caseNumber"]

    def resubmit_with_ssn(self, case_number, applicant):
        self.session.post(
            f"{self.base_url}/cases/{case_number}/resubmit",
            json={"ssn": applicant.ssn, "middleName": applicant.middle_name},
            timeout=30,
        )

    def close_case(self, case_number):
        self.session.post(f"{self.base_url}/cases/{case_number}/close", timeout=30)
