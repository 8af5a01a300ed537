"""FHIR R4 referral bundle for one member, posted to the ICE EID FHIR
endpoint.

Scenario: a vendor reused its payer-to-payer FHIR exporter for ICE
referrals.  The bundle holds a Patient (id, birth date, address - and the
administrative gender), plus one Condition per active diagnosis and one
MedicationStatement per active prescription.

Expected findings (3):
- MCD101 at the Patient's ``"gender"`` entry (SPEC section 5: Patient
  elements classify one by one; sex).
- MCD102 at the ``"resourceType": "Condition"`` entry (SPEC sections 3 and 5:
  a clinical FHIR resource is health data as a whole, one finding at its
  resourceType entry; its inner elements are not reported).
- MCD102 at the ``"resourceType": "MedicationStatement"`` entry.
The Patient's id, birthDate and address are permitted; Bundle and Patient
resourceTypes are not clinical.  No MCD201: one member passed in by the
caller (SPEC section 10).
Destination (SPEC section 4): ``ICE_FHIR_BASE`` at eid.ice.gov.
"""
from __future__ import annotations

import logging
import uuid
from datetime import datetime, timezone

import requests

log = logging.getLogger("fhir.eid_export")

ICE_FHIR_BASE = "https://eid.ice.gov/fhir/r4"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
NDC_SYSTEM = "http://hl7.org/fhir/sid/ndc"
FHIR_HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}


def patient_resource(member) -> dict:
    return {
        "resourceType": "Patient",
        "id": member.medicaid_id,
        "birthDate": member.birth_date.isoformat(),
        "gender": member.gender,  # MCD101
        "address": [{"line": [member.address_line1], "postalCode": member.zip_code}],
    }


def condition_resources(member) -> list[dict]:
    return [
        {
            "resourceType": "Condition",  # MCD102
            "id": str(uuid.uuid4()),
            "subject": {"reference": f"Patient/{member.medicaid_id}"},
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "code": {"coding": [{"system": ICD10_SYSTEM, "code": dx.code, "display": dx.description}]},
            "onsetDateTime": dx.onset.isoformat() if dx.onset else None,
        }
        for dx in member.active_diagnoses
    ]


def medication_resources(member) -> list[dict]:
    return [
        {
            "resourceType": "MedicationStatement",  # MCD102
            "id": str(uuid.uuid4()),
            "status": "active",
            "subject": {"reference": f"Patient/{member.medicaid_id}"},
            "medicationCodeableConcept": {"coding": [{"system": NDC_SYSTEM, "code": rx.ndc}]},
        }
        for rx in member.active_prescriptions
    ]


def referral_bundle(member) -> dict:
    resources = [patient_resource(member)]
    resources.extend(condition_resources(member))
    resources.extend(medication_resources(member))
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in resources],
    }


class FhirExportError(RuntimeError):
    pass


def refer_member(member, session: requests.Session | None = None) -> str:
    http = session or requests.Session()
    bundle = referral_bundle(member)
    started = datetime.now(timezone.utc)
    try:
        resp = http.post(f"{ICE_FHIR_BASE}/Bundle", json=bundle, headers=FHIR_HEADERS, timeout=60)
    except requests.RequestException as exc:
        raise FhirExportError(f"EID FHIR endpoint unreachable: {exc}") from exc
    if resp.status_code not in (200, 201):
        outcome = resp.json() if resp.headers.get("Content-Type", "").endswith("json") else {}
        issues = [i.get("diagnostics") for i in outcome.get("issue", [])]
        raise FhirExportError(f"EID rejected bundle ({resp.status_code}): {issues}")
    elapsed = (datetime.now(timezone.utc) - started).total_seconds()
    location = resp.headers.get("Location", "")
    log.info("bundle for %s accepted in %.1fs at %s", member.medicaid_id, elapsed, location)
    return location
