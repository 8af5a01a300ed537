"""FHIR case bundle for one enrollee, posted to an ICE-operated FHIR gateway.

Scenario: a state agency's interoperability team reuses its FHIR
"member summary" builder to answer an ICE case request about one
enrollee. ``build_case_bundle`` assembles a Patient resource plus one
Encounter per recent visit; ``submit_case`` posts the Bundle with a
``requests.Session`` to ``fhir-gw.eid.ice.gov``.

Expected findings:
- line 46: MCD101 'last_name' (name) in the Patient's ``name`` element and
- line 47: MCD101 'gender' (sex): Patient elements classify one by one
  (SPEC section 5);
- line 63: MCD102 at the ``resourceType`` entry of the Encounter resource:
  a clinical FHIR resource is health data as a whole, one finding at its
  ``resourceType`` entry, its inner elements not reported separately
  (SPEC sections 3 and 5), though the comprehension makes one per visit.
The bundle is built in ``build_case_bundle`` (through
``_patient_resource`` and ``_encounter_resources``) and sent by
``submit_case``; the placements are reported where they are made (SPEC
section 6).
Destination: ``ICE_FHIR_GATEWAY`` folds to ``fhir-gw.eid.ice.gov``
(``*.ice.gov``, SPEC section 4).

Not findings: id (the Medicaid ID), birth date, address, phone are
permitted; the Bundle wrapper and codes are constants; one enrollee by
Medicaid ID (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import logging

import requests

from interop.repository import fetch_encounters, fetch_member_row

log = logging.getLogger("interop.ice_case_bundle")

ICE_FHIR_GATEWAY = "https://fhir-gw.eid.ice.gov/r4"
FHIR_HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}


def _patient_resource(row: dict) -> dict:
    return {
        "resourceType": "Patient",
        "id": row["medicaid_id"],
        "name": [{"family": row["last_name"]}],  # MCD101
        "gender": row["gender"],  # MCD101
        "birthDate": row["birth_date"].isoformat(),
        "address": [
            {
                "line": [row["address_line1"]],
                "city": row["city"],
                "postalCode": row["zip_code"],
            }
        ],
        "telecom": [{"system": "phone", "value": row["phone"]}],
    }


def _encounter_resources(encounters: list[dict], patient_id: str) -> list[dict]:
    return [
        {
            "resourceType": "Encounter",  # MCD102
            "status": "finished",
            "class": {"code": enc["class_code"]},
            "period": {"start": enc["admit_date"].isoformat()},
            "subject": {"reference": f"Patient/{patient_id}"},
        }
        for enc in encounters
    ]


def build_case_bundle(row: dict, encounters: list[dict]) -> dict:
    resources = [_patient_resource(row)] + _encounter_resources(encounters, row["medicaid_id"])
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in resources],
    }


def submit_case(session: requests.Session, medicaid_id: str) -> str:
    row = fetch_member_row(medicaid_id)
    encounters = fetch_encounters(medicaid_id, months=12)
    bundle = build_case_bundle(row, encounters)
    resp = session.post(f"{ICE_FHIR_GATEWAY}/Bundle", json=bundle, headers=FHIR_HEADERS, timeout=60)
    resp.raise_for_status()
    log.info("case bundle for %s stored as %s", medicaid_id, resp.headers.get("Location"))
    return resp.headers.get("Location", "")
