"""FHIR exchange: a basic Patient to ICE's FHIR endpoint, clinical data only to the state's FHIR server (clean).

Scenario: a state Medicaid interoperability service keeps two httpx
clients.  For an ICE request about one enrollee it PUTs a minimal US Core
Patient (birth date, home address, phone) to ``fhir.eid.ice.gov``.  The same
module posts the full Patient (name, gender, race extension) and the
enrollee's Condition resources in a transaction Bundle to the state's own
FHIR server ``fhir.medi-cal.ca.gov``.

Why no finding is expected:
- SPEC 5: Patient elements classify one by one.  The Patient sent to ICE
  holds only ``id`` (the CIN), ``birthDate``, ``address`` (``line``,
  ``postalCode`` of the home address) and ``telecom`` with ``system=phone``:
  permitted categories (SPEC 1; medicaid-fields.tsv ``Patient.birthDate``,
  ``Patient.address.*``, ``Patient.telecom`` phone).  ``meta``, ``use`` and
  ``system`` are constants (SPEC 5).  The PUT URL interpolates only the CIN.
- The clinical Condition resources and the full Patient go only to
  ``fhir.medi-cal.ca.gov`` (``ca.gov`` is on the non-enforcement list,
  SPEC 4; compare SPEC 9's fourth example), so the clinical-resource rule
  (SPEC 5) and the name/gender/race elements are not findings.
- One enrollee per call: not MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import logging
import os

import httpx

log = logging.getLogger("interop.fhir")

ICE_FHIR_BASE = os.environ.get("ICE_FHIR_BASE", "https://fhir.eid.ice.gov/r4")
STATE_FHIR_BASE = os.environ.get("STATE_FHIR_BASE", "https://fhir.medi-cal.ca.gov/r4")
BASIC_PROFILE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"
US_CORE_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical"


def basic_patient(m):
    resource = {
        "resourceType": "Patient",
        "id": m.cin,
        "meta": {"profile": [BASIC_PROFILE]},
        "birthDate": m.birth_date.isoformat(),
        "address": [
            {
                "use": "home",
                "line": [m.address_line1],
                "postalCode": m.zip_code,
            }
        ],
    }
    if m.phone_number:
        resource["telecom"] = [{"system": "phone", "use": "home", "value": m.phone_number}]
    return resource


def full_patient(m):
    return {
        "resourceType": "Patient",
        "id": m.cin,
        "name": [{"family": m.last_name, "given": [m.first_name]}],
        "gender": m.gender,
        "birthDate": m.birth_date.isoformat(),
        "extension": [{"url": US_CORE_RACE, "valueString": m.race}],
        "address": [{"use": "home", "line": [m.address_line1], "postalCode": m.zip_code}],
    }


def condition(m, dx):
    return {
        "resourceType": "Condition",
        "clinicalStatus": {"coding": [{"system": CLINICAL_STATUS, "code": "active"}]},
        "code": {"coding": [{"system": ICD10_SYSTEM, "code": dx.code, "display": dx.description}]},
        "subject": {"reference": f"Patient/{m.cin}"},
    }


def clinical_bundle(m, diagnoses):
    entries = [{"resource": full_patient(m), "request": {"method": "PUT", "url": f"Patient/{m.cin}"}}]
    for dx in diagnoses:
        entries.append({"resource": condition(m, dx), "request": {"method": "POST", "url": "Condition"}})
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


def answer_ice(ice_fhir: httpx.Client, m):
    resp = ice_fhir.put(f"{ICE_FHIR_BASE}/Patient/{m.cin}", json=basic_patient(m))
    resp.raise_for_status()
    log.info("basic patient %s delivered", m.cin)
    return resp.status_code


def sync_state(state_fhir: httpx.Client, m, diagnoses):
    resp = state_fhir.post(STATE_FHIR_BASE, json=clinical_bundle(m, diagnoses))
    resp.raise_for_status()
    return resp.json()


def make_clients():
    cert = ("/etc/pki/interop/client.pem", "/etc/pki/interop/client.key")
    headers = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
    ice_fhir = httpx.Client(cert=cert, headers=headers, timeout=30.0)
    state_fhir = httpx.Client(cert=cert, headers=headers, timeout=60.0)
    return ice_fhir, state_fhir
