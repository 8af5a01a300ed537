"""FHIR case bundle posted to an enforcement case-file service.

Scenario: a federal contractor assembles one enrollee's FHIR Bundle
(Patient, the qualifying Condition and, when there was one, the
emergency Encounter) and posts it to a DHS case-file FHIR endpoint.

Expected findings:
- line 44: MCD101 'gender' (sex). Patient elements classify one by one
  (SPEC section 5); the dict entry is the placement (SPEC section 3).
- line 59: MCD102 Condition. A clinical FHIR resource is health data as a
  whole, one finding at its ``resourceType`` entry; its inner elements
  (code, subject, recordedDate) are not reported separately
  (SPEC sections 3 and 5).
- line 68: MCD102 Encounter, same rule.
The bundle is posted to DHS_FHIR_BASE, host ``casefile.ice.dhs.gov``,
which matches ``*.dhs.gov`` (SPEC section 4).

Not findings: the Patient's ``birthDate``,
``address`` and ``telecom`` (phone) elements are permitted; the Bundle
wrapper and the ``resourceType: "Patient"``/``"Bundle"`` entries are
constants. One enrollee per call, chosen by the caller (SPEC section 10,
"Not bulk").
"""
from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import requests

log = logging.getLogger("casefile.fhir")

DHS_FHIR_BASE = "https://casefile.ice.dhs.gov/fhir/r4"
FHIR_HEADERS = {"Content-Type": "application/fhir+json"}
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode"


def _patient(member) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "birthDate": member.dob.isoformat(),
        "gender": member.gender,  # MCD101
        "address": [
            {
                "use": "home",
                "line": [member.street_address],
                "city": member.city,
                "postalCode": member.zip_code,
            }
        ],
        "telecom": [{"system": "phone", "value": member.home_phone}],
    }


def _condition(member, icd10: str, recorded: dt.date) -> dict[str, Any]:
    return {
        "resourceType": "Condition",  # MCD102
        "subject": {"reference": f"Patient/{member.medicaid_id}"},
        "code": {"coding": [{"system": ICD10_SYSTEM, "code": icd10}]},
        "recordedDate": recorded.isoformat(),
    }


def _encounter(member, visit) -> dict[str, Any]:
    return {
        "resourceType": "Encounter",  # MCD102
        "status": "finished",
        "class": {"system": ACT_CODE_SYSTEM, "code": "EMER"},
        "subject": {"reference": f"Patient/{member.medicaid_id}"},
        "period": {"start": visit.admission_date.isoformat()},
        "serviceProvider": {"display": visit.facility_name},
    }


def build_case_bundle(member, icd10: str, recorded: dt.date, visit=None) -> dict[str, Any]:
    entries = [
        {"resource": _patient(member)},
        {"resource": _condition(member, icd10, recorded)},
    ]
    if visit is not None:
        entries.append({"resource": _encounter(member, visit)})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def submit_case(member, icd10: str, recorded: dt.date, visit=None,
                session: requests.Session | None = None) -> str:
    bundle = build_case_bundle(member, icd10, recorded, visit)
    http = session or requests.Session()
    try:
        resp = http.post(DHS_FHIR_BASE, json=bundle, headers=FHIR_HEADERS, timeout=45)
        resp.raise_for_status()
    except requests.HTTPError:
        log.error("case file service rejected bundle (HTTP %s)", resp.status_code)
        raise
    location = resp.headers.get("Location", "")
    log.info("case bundle stored at %s", location)
    return location
