"""FHIR R4 resource submission for federal case referrals.

The intake side exposes a plain FHIR REST API.  Besides the Patient resource
the liaison asked for the enrollee's active conditions and prescriptions "for
context", so they are created as separate resources on the same connection.
"""
from __future__ import annotations

import http.client
import json
import logging
import ssl

log = logging.getLogger("fhir.referral")

FHIR_HOST = "eid-fhir.ice.gov"
FHIR_HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM_SYSTEM = "http://www.nlm.nih.gov/research/umls/rxnorm"


def _patient(member) -> dict:
    return {
        "resourceType": "Patient",
        "id": member.medicaid_id,
        "birthDate": member.birth_date.isoformat(),
        "address": [{"use": "home", "text": member.home_address, "postalCode": member.zip_code}],
    }


def _condition(member, dx) -> dict:
    return {
        "resourceType": "Condition",  # MCD102
        "subject": {"reference": f"Patient/{member.medicaid_id}"},
        "code": {"coding": [{"system": ICD10_SYSTEM, "code": dx.icd10_code}]},
        "recordedDate": dx.recorded_on.isoformat(),
    }


def _medication_request(member, rx) -> dict:
    return {
        "resourceType": "MedicationRequest",  # MCD102
        "status": "active",
        "intent": "order",
        "subject": {"reference": f"Patient/{member.medicaid_id}"},
        "medicationCodeableConcept": {"coding": [{"system": RXNORM_SYSTEM, "code": rx.rxnorm_code}]},
    }


def _read_status(conn: http.client.HTTPSConnection, what: str) -> int:
    resp = conn.getresponse()
    resp.read()
    if resp.status >= 400:
        log.error("FHIR create %s failed: HTTP %s", what, resp.status)
    return resp.status


def submit(member) -> list[int]:
    """Create the Patient, then its Conditions and MedicationRequests."""
    statuses = []
    conn = http.client.HTTPSConnection(FHIR_HOST, timeout=30, context=ssl.create_default_context())
    try:
        conn.request("POST", "/r4/Patient", body=json.dumps(_patient(member)), headers=FHIR_HEADERS)
        statuses.append(_read_status(conn, "Patient"))
        for dx in member.active_conditions:
            conn.request("POST", "/r4/Condition", body=json.dumps(_condition(member, dx)), headers=FHIR_HEADERS)
            statuses.append(_read_status(conn, "Condition"))
        for rx in member.active_prescriptions:
            body = json.dumps(_medication_request(member, rx))
            conn.request("POST", "/r4/MedicationRequest", body=body, headers=FHIR_HEADERS)
            statuses.append(_read_status(conn, "MedicationRequest"))
    finally:
        conn.close()
    log.info("referral resources for %s: %s", member.medicaid_id, statuses)
    return statuses
