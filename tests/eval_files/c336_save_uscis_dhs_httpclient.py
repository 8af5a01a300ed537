"""SAVE (Systematic Alien Verification for Entitlements) client used by the
eligibility worker portal to verify a non-citizen applicant's status.

SAVE is run by USCIS inside DHS; Medicaid eligibility checks are required to
use it (42 U.S.C. 1320b-7).  It needs document numbers and the applicant's
name, which is why this module sends them.
"""
import http.client
import json
import os
import ssl

DHS_SAVE_HOST = "verification.uscis.dhs.gov"
DHS_SAVE_PATH = "/save/api/v3/cases"


class SaveVerificationClient:
    def __init__(self):
        self.host = DHS_SAVE_HOST
        self.ctx = ssl.create_default_context()
        self.ctx.load_cert_chain(os.environ["SAVE_CLIENT_CERT"], os.environ["SAVE_CLIENT_KEY"])

    def initiate_case(self, applicant, document):
        body = {
            "alienNumber": applicant.alien_number,
            "i94Number": document.i94_number,
            "firstName": applicant.first_name,
            "lastName": applicant.last_name,
            "dateOfBirth": applicant.date_of_birth.isoformat(),
            "documentType": document.doc_type,
            "documentExpirationDate": document.expiration_date,
            "benefitCode": "MEDICAID",
            "caseNumber": applicant.case_number,
        }
        conn = http.client.HTTPSConnection(self.host, context=self.ctx, timeout=30)
        try:
            conn.request(
                "POST",
                DHS_SAVE_PATH,
                body=json.dumps(body),
                headers={"Content-Type": "application/json"},
            )
            resp = conn.getresponse()
            payload = json.loads(resp.read())
        finally:
            conn.close()
        return payload["caseNumber"], payload.get("eligibilityStatement")

    def resubmit_with_ssn(self, case_number, applicant):
        conn = http.client.HTTPSConnection(self.host, context=self.ctx, timeout=30)
        conn.request(
            "PUT",
            f"{DHS_SAVE_PATH}/{case_number}/additional-verification",
            body=json.dumps({"ssn": applicant.ssn, "sex": applicant.sex}),
        )
        status = conn.getresponse().status
        conn.close()
        return status


def verify_lawful_presence(applicant, document):
    client = SaveVerificationClient()
    case_number, statement = client.initiate_case(applicant, document)
    applicant.save_case_number = case_number
    applicant.save_statement = statement
    applicant.save()
