"""SAVE verification for Medicaid eligibility determinations.

Federal law requires the agency to verify the immigration status of
non-citizen applicants through USCIS SAVE (42 U.S.C. 1320b-7(d)).  The
initial verification request carries the applicant's name, date of birth and
immigration document numbers.  This is an eligibility check, not a referral.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("eligibility.save")

SAVE_BASE_URL = os.getenv("SAVE_BASE_URL", "https://save.uscis.dhs.gov/api/v4")
SAVE_CERT = (os.getenv("SAVE_CLIENT_CERT", "/etc/pki/save/client.crt"), os.getenv("SAVE_CLIENT_KEY", "/etc/pki/save/client.key"))
BENEFIT_CODE = "MEDICAID"


@dataclass
class SaveCaseResult:
    case_number: str
    eligibility_statement: str
    needs_additional_verification: bool


class DhsSaveClient:
    """Client for the DHS/USCIS SAVE web service."""

    def __init__(self, timeout: float = 45.0):
        self.base_url = SAVE_BASE_URL
        self.timeout = timeout

    def initiate_case(self, applicant) -> SaveCaseResult:
        body = {
            "benefit": BENEFIT_CODE,
            "aNumber": applicant.alien_number,
            "i94Number": applicant.i94_number,
            "firstName": applicant.first_name,
            "lastName": applicant.last_name,
            "dateOfBirth": applicant.date_of_birth.isoformat(),
            "documentType": applicant.vlp_document_type,
            "caseNumber": applicant.case_number,
        }
        with httpx.Client(cert=SAVE_CERT, timeout=self.timeout) as client:
            resp = client.post(f"{self.base_url}/cases", json=body)
        resp.raise_for_status()
        data = resp.json()
        log.info("SAVE case %s opened for application %s", data["caseNumber"], applicant.application_id)
        return SaveCaseResult(
            case_number=data["caseNumber"],
            eligibility_statement=data.get("eligibilityStatement", ""),
            needs_additional_verification=data.get("additionalVerificationRequired", False),
        )

    def request_additional_verification(self, save_case_number: str, comments: str) -> None:
        with httpx.Client(cert=SAVE_CERT, timeout=self.timeout) as client:
            resp = client.post(
                f"{self.base_url}/cases/{save_case_number}/additional-verification",
                json={"comments": comments},
            )
        resp.raise_for_status()
