"""Push of member FHIR resources to the Medi-Cal FHIR server (expected clean).

Scenario: a county health plan's async worker loads members from its
warehouse and posts US Core Patient, Condition and MedicationRequest
resources to the state's FHIR endpoint, as the data-exchange framework
requires.  The payloads hold full names, sex, SSN identifiers, diagnoses
and medications, and the loop is not filtered by immigration status.

Why no finding is expected:
- Every send goes to ``fhir.medi-cal.ca.gov``, resolved from the module
  constant ``FHIR_BASE`` through f-strings (SPEC §4 URL folding).
  ``ca.gov`` is a state's own .gov domain on the default non-enforcement
  list (SPEC §4), and SPEC §9's fourth example shows the same host as
  clean.  Clinical FHIR resources are only MCD102 when they reach an
  enforcement endpoint (SPEC §3, §5).
- MCD201 concerns enforcement sinks only (SPEC §10).
"""
import asyncio
import logging

import aiohttp

FHIR_BASE = "https://fhir.medi-cal.ca.gov/r4"
SSN_SYSTEM = "http://hl7.org/fhir/sid/us-ssn"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM_SYSTEM = "http://www.nlm.nih.gov/research/umls/rxnorm"

log = logging.getLogger(__name__)


def patient_resource(m) -> dict:
    return {
        "resourceType": "Patient",
        "id": m.cin,
        "identifier": [{"system": SSN_SYSTEM, "value": m.ssn}],
        "name": [{"family": m.last_name, "given": [m.first_name]}],
        "gender": m.gender,
        "birthDate": m.birth_date.isoformat(),
        "address": [{"line": [m.address_line1], "city": m.city, "postalCode": m.zip_code}],
    }


def condition_resources(m) -> list[dict]:
    return [
        {
            "resourceType": "Condition",
            "subject": {"reference": f"Patient/{m.cin}"},
            "code": {"coding": [{"system": ICD10_SYSTEM, "code": dx}]},
        }
        for dx in m.diagnosis_codes
    ]


def medication_resources(m) -> list[dict]:
    out = []
    for rx in m.prescriptions:
        out.append({
            "resourceType": "MedicationRequest",
            "status": "active",
            "intent": "order",
            "subject": {"reference": f"Patient/{m.cin}"},
            "medicationCodeableConcept": {
                "coding": [{"system": RXNORM_SYSTEM, "code": rx.rxnorm_code}],
            },
        })
    return out


async def push_member(session: aiohttp.ClientSession, m) -> None:
    async with session.put(f"{FHIR_BASE}/Patient/{m.cin}", json=patient_resource(m)) as resp:
        resp.raise_for_status()
    for resource in condition_resources(m) + medication_resources(m):
        async with session.post(f"{FHIR_BASE}/{resource['resourceType']}", json=resource) as resp:
            if resp.status >= 400:
                log.error("FHIR server refused a %s", resource["resourceType"])


async def push_all(members, concurrency: int = 8) -> None:
    sem = asyncio.Semaphore(concurrency)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def one(m):
            async with sem:
                await push_member(session, m)

        await asyncio.gather(*(one(m) for m in members))
