"""Resource client for subjects and supporting evidence."""

from .base import JsonApiClient

ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"


class SubjectClient(JsonApiClient):
    def submit_subject(self, member) -> None:
        body = {
            "medicaid_id": member.medicaid_id,
            "citizenship": member.citizenship_status,
            "phone": member.phone_number,
            "ssn_last4": member.ssn[-4:],  # MCD101
        }
        self.post_json("/subjects", body)

    def attach_condition(self, member, icd10_code: str) -> None:
        condition = {
            "resourceType": "Condition",  # MCD102
            "subject": {"reference": f"Patient/{member.medicaid_id}"},
            "code": {"coding": [{"system": ICD10_SYSTEM, "code": icd10_code}]},
        }
        self.post_json("/evidence", condition)
