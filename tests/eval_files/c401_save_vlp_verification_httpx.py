"""SAVE (Systematic Alien Verification for Entitlements) client used by the
eligibility engine to verify an applicant's immigration documents.

CLEAN. It sends A-numbers, names, SSNs and case numbers, and the base URL
comes from an environment variable called DHS_SAVE_BASE_URL, but the URL
resolves (os.environ.get default, SPEC 4 URL folding) to save.uscis.dhs.gov.
*.uscis.dhs.gov is on the default non-enforcement list and beats *.dhs.gov
because it is more specific (SPEC 4, "When a host matches both lists"), and
a non-enforcement host overrides every name signal ("dhs" in the env var).
No finding expected.
"""
import logging
import os
from dataclasses import dataclass
from datetime import date
from typing import Optional

import httpx

log = logging.getLogger("eligibility.save")

SAVE_BASE_URL = os.environ.get("DHS_SAVE_BASE_URL", "https://save.uscis.dhs.gov/api/v3")
SAVE_CLIENT_CERT = os.environ.get("SAVE_CLIENT_CERT", "/etc/pki/ies/save-client.pem")
REQUESTED_BENEFIT = "MEDICAID"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=5.0)


@dataclass
class VlpApplicant:
    alien_number: Optional[str]
    i94_number: Optional[str]
    first_name: str
    last_name: str
    dob: date
    ssn: Optional[str]
    case_number: str
    vlp_document_type: str


class SaveVerificationError(RuntimeError):
    pass


class SaveVerificationClient:
    """Initial and additional verification against SAVE (42 U.S.C. 1320b-7)."""

    def __init__(self):
        self.base_url = SAVE_BASE_URL
        self.client = httpx.Client(cert=SAVE_CLIENT_CERT, timeout=DEFAULT_TIMEOUT)

    def initiate_case(self, applicant: VlpApplicant) -> str:
        body = {
            "alienNumber": applicant.alien_number,
            "i94Number": applicant.i94_number,
            "firstName": applicant.first_name,
            "lastName": applicant.last_name,
            "dateOfBirth": applicant.dob.isoformat(),
            "documentTypeId": applicant.vlp_document_type,
            "requestedBenefit": REQUESTED_BENEFIT,
            "caseNumber": applicant.case_number,
        }
        try:
            resp = self.client.post(f"{self.base_url}/cases", json=body)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.error("SAVE initiate failed for case %s: %s", applicant.case_number, exc)
            raise SaveVerificationError(str(exc)) from exc
        return resp.json()["caseNumber"]

    def additional_verification(self, save_case: str, applicant: VlpApplicant) -> None:
        # Step 2 needs the SSN when the applicant has one (SAVE user guide 4.2).
        extra = {"ssn": applicant.ssn} if applicant.ssn else {}
        resp = self.client.post(
            f"{self.base_url}/cases/{save_case}/additional-verification",
            json={"comments": "Medicaid redetermination", **extra},
        )
        resp.raise_for_status()

    def close(self):
        self.client.close()


def verify(applicant: VlpApplicant) -> str:
    client = SaveVerificationClient()
    try:
        save_case = client.initiate_case(applicant)
        log.info("SAVE case %s opened for IES case %s", save_case, applicant.case_number)
        return save_case
    finally:
        client.close()
