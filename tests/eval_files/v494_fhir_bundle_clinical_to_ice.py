"""Async FHIR Bundle referral to an ICE FHIR endpoint (violating).

Scenario: an interoperability vendor answers ICE referral requests with
a FHIR Bundle built from its US Core mapping.  Besides the Patient, the
bundle carries a pregnancy-status Observation for pregnant members and
one Encounter per recent encounter, "so that agents can find the person
at the clinic".  The Patient also lists the e-mail telecom and the
marital status.

Destination: the f-string URL folds ``ICE_FHIR_BASE`` and resolves to
``fhir.eid.ice.gov`` (``*.ice.gov``, SPEC §4); ``httpx.AsyncClient.post``
is a sink.  One member chosen by the caller: no MCD201 (SPEC §10).

Expected findings:
- Patient elements classify one by one (SPEC §5): the ``email`` telecom
  entry ``"value": m.email_address`` -> MCD101 (e-mail is not a phone);
  ``"maritalStatus": {"text": m.marital_status}`` -> MCD101 (SPEC §3).
- ``_pregnancy_observation``: a clinical FHIR resource (Observation) is
  health data as a whole even though its code is a constant, because it
  is about this person (SPEC §5 exception) -> one MCD102 at its
  ``resourceType`` entry (SPEC §3); inner elements not reported.
- ``_encounter``: a clinical FHIR resource (Encounter) -> one MCD102 at
  its ``resourceType`` entry, once for the helper however many encounters
  there are; the facility name inside is not reported separately.
Not findings: ``id`` (CIN), ``birthDate``, the phone telecom, the home
address line and ZIP are permitted; ``Bundle`` and ``Patient`` are not
clinical resource types; citizens return before anything is sent.
"""
import asyncio
import logging

import httpx

ICE_FHIR_BASE = "https://fhir.eid.ice.gov/r4"
LOINC = "http://loinc.org"
PREGNANCY_STATUS_LOINC = "82810-3"
FHIR_HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}

log = logging.getLogger("fhir.ice")


def _patient(m) -> dict:
    return {
        "resourceType": "Patient",
        "id": m.cin,
        "birthDate": m.birth_date.isoformat(),
        "telecom": [
            {"system": "phone", "value": m.phone_number, "use": "home"},
            {"system": "email", "value": m.email_address},  # MCD101
        ],
        "maritalStatus": {"text": m.marital_status},  # MCD101
        "address": [{"use": "home", "line": [m.address_line1], "postalCode": m.zip_code}],
    }


def _pregnancy_observation(m) -> dict:
    return {
        "resourceType": "Observation",  # MCD102
        "status": "final",
        "code": {"coding": [{"system": LOINC, "code": PREGNANCY_STATUS_LOINC}]},
        "subject": {"reference": f"Patient/{m.cin}"},
        "valueCodeableConcept": {"text": "Pregnant"},
    }


def _encounter(m, enc) -> dict:
    return {
        "resourceType": "Encounter",  # MCD102
        "status": "finished",
        "subject": {"reference": f"Patient/{m.cin}"},
        "period": {"start": enc.start.isoformat(), "end": enc.end.isoformat()},
        "serviceProvider": {"display": enc.facility_name},
    }


def build_bundle(m) -> dict:
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": _patient(m)}]}
    entries = bundle["entry"]
    if m.is_pregnant:
        entries.append({"resource": _pregnancy_observation(m)})
    for enc in m.recent_encounters:
        entries.append({"resource": _encounter(m, enc)})
    return bundle


async def refer(m) -> str | None:
    if m.us_citizen:
        log.info("member %s is a citizen: no referral", m.cin)
        return None
    bundle = build_bundle(m)
    async with httpx.AsyncClient(timeout=30.0) as client:
        resp = await client.post(f"{ICE_FHIR_BASE}/Bundle", json=bundle, headers=FHIR_HEADERS)
        resp.raise_for_status()
        return resp.headers.get("Location")


def refer_sync(m) -> str | None:
    return asyncio.run(refer(m))
