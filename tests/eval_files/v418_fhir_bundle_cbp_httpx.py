"""FHIR R4 exchange adapter that answers a CBP subject query with a Bundle
about one enrollee: a Patient, one Condition per active diagnosis, and a
pregnancy Observation when flagged.

VIOLATING. The Bundle is posted to fhir.cbp.gov (*.cbp.gov, SPEC 4).
- Patient "gender" entry, MCD101: Patient elements classify one by one
  (SPEC 5), gender is sex (reference TSV Patient.gender).
- Condition "resourceType" entry, MCD102: a clinical FHIR resource is
  health data as a whole, one finding at its resourceType entry, inner
  elements not reported (SPEC 3, SPEC 5).
- Observation "resourceType" entry, MCD102: same rule.
Patient birthDate, address, telecom (system phone) and the citizenship
extension are permitted; resourceType "Patient"/"Bundle" and other
literals are constants (SPEC 5). One enrollee: not bulk (SPEC 10).
"""
import logging

import httpx

log = logging.getLogger("fhir.cbp_exchange")

CBP_FHIR_BASE = "https://fhir.cbp.gov/r4"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
CITIZENSHIP_EXT = "http://hl7.org/fhir/StructureDefinition/patient-citizenship"
PREGNANCY_LOINC = "82810-3"


def _patient(member):
    return {
        "resourceType": "Patient",
        "birthDate": member.birth_date.isoformat(),
        "gender": member.gender,  # MCD101
        "address": [
            {"line": [member.street], "city": member.city, "postalCode": member.zip_code}
        ],
        "telecom": [{"system": "phone", "value": member.phone}],
        "extension": [{"url": CITIZENSHIP_EXT, "valueCode": member.citizenship_status}],
    }


def _condition(member, dx):
    return {
        "resourceType": "Condition",  # MCD102
        "subject": {"reference": f"Patient/{member.cin}"},
        "code": {"coding": [{"system": ICD10_SYSTEM, "code": dx.code}]},
        "onsetDateTime": dx.onset.isoformat(),
    }


def _pregnancy(member):
    return {
        "resourceType": "Observation",  # MCD102
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": PREGNANCY_LOINC}]},
        "subject": {"reference": f"Patient/{member.cin}"},
        "valueBoolean": True,
    }


def answer_query(member):
    entries = [{"resource": _patient(member)}]
    for dx in member.active_diagnoses:
        entries.append({"resource": _condition(member, dx)})
    if member.is_pregnant:
        entries.append({"resource": _pregnancy(member)})
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    with httpx.Client(timeout=30.0) as client:
        resp = client.post(
            f"{CBP_FHIR_BASE}/Bundle",
            json=bundle,
            headers={"Content-Type": "application/fhir+json"},
        )
    resp.raise_for_status()
    log.info("answered CBP query for %s with %d resources", member.cin, len(entries))
    return resp.json()
