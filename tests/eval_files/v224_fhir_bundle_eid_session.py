"""FHIR R4 collection Bundle for an ICE EID person referral.

Adapter in the state integration hub: one member per call.  The member is
rendered as US Core-shaped Patient, Coverage and Condition resources (plus a
pregnancy-status Observation when flagged) and posted through a
requests.Session to the EID FHIR facade.
"""
from urllib.parse import urljoin

import requests

EID_FHIR_BASE = "https://eid.ice.gov/fhir/r4/"
CITIZENSHIP_EXT = "http://hl7.org/fhir/StructureDefinition/patient-citizenship"
RACE_EXT = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"


class EidFhirClient:
    """Thin wrapper around a requests.Session bound to the EID base URL."""

    def __init__(self, timeout=30):
        self.base_url = EID_FHIR_BASE
        self.session = requests.Session()
        self.timeout = timeout

    def post_bundle(self, bundle):
        url = urljoin(self.base_url, "Bundle")
        return self.session.post(url, json=bundle, timeout=self.timeout)


def patient_resource(m):
    return {
        "resourceType": "Patient",
        "id": m.medicaid_id,
        "birthDate": m.birth_date.isoformat(),
        "gender": m.gender,  # MCD101
        "name": [{"text": m.full_name}],  # MCD101
        "address": [
            {
                "use": "home",
                "line": [m.address_line1],
                "city": m.city,
                "postalCode": m.zip_code,
            }
        ],
        "telecom": [
            {"system": "phone", "use": "mobile", "value": m.cell_phone},
            {"system": "email", "value": m.email_address},  # MCD101
        ],
        "communication": [{"language": {"text": m.preferred_language}}],  # MCD101
        "contact": [{"telecom": [{"system": "phone", "value": m.emergency_contact_phone}]}],  # MCD101
        "extension": [
            {"url": CITIZENSHIP_EXT, "extension": [{"url": "code", "valueCodeableConcept": {"text": m.citizenship_status}}]},
            {"url": RACE_EXT, "extension": [{"url": "text", "valueString": m.race}]},  # MCD101
        ],
    }


def coverage_resource(m):
    return {
        "resourceType": "Coverage",
        "status": "active",
        "subscriberId": m.medicaid_id,
        "beneficiary": {"reference": f"Patient/{m.medicaid_id}"},
        "payor": [{"reference": f"Organization/{m.mc_plan_id}"}],  # MCD101
    }


def condition_resource(m):
    return {
        "resourceType": "Condition",  # MCD102
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": ICD10, "code": m.primary_dx}]},
        "subject": {"reference": f"Patient/{m.medicaid_id}"},
        "onsetDateTime": m.dx_onset_date,
    }


def pregnancy_observation(medicaid_id):
    return {
        "resourceType": "Observation",  # MCD102
        "status": "final",
        "code": {"coding": [{"system": LOINC, "code": "82810-3", "display": "Pregnancy status"}]},
        "subject": {"reference": f"Patient/{medicaid_id}"},
        "valueCodeableConcept": {"text": "Pregnant"},
    }


def refer(m):
    client = EidFhirClient()
    entries = [patient_resource(m), coverage_resource(m), condition_resource(m)]
    if m.is_pregnant:
        entries.append(pregnancy_observation(m.medicaid_id))
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in entries],
    }
    return client.post_bundle(bundle)
