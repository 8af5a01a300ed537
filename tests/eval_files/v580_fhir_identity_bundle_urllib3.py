"""FHIR "identity resolution" Bundle posted to ICE's FHIR endpoint with urllib3.

Scenario: a contractor builds, for one enrollee chosen by the caller, a
collection Bundle "to help the receiving system match the person": a
Patient resource, the enrollee's ExplanationOfBenefit resources (claims)
and Immunization resources.  The bundle is JSON-encoded and sent with a
``urllib3.PoolManager`` to ``fhir.eid.ice.gov``.

Destination: host ``fhir.eid.ice.gov`` matches ``*.ice.gov`` (SPEC 4);
``PoolManager.request`` is an HTTP sink whose ``body`` carries data.

Expected findings:
- Patient elements classify one by one (SPEC 5), each reported at its
  entry (SPEC 3):
  * the US Core race extension's ``valueString`` from ``m.race`` ->
    race/ethnicity, MCD101 (one entry, one line);
  * ``"deceasedDateTime"`` from ``m.date_of_death`` -> death, MCD101.
  ``id`` (CIN), ``birthDate`` and the home ``address`` are permitted.
- A clinical FHIR resource is health data as a whole (SPEC 5), one finding
  at its ``resourceType`` entry, inner elements not reported separately
  (SPEC 3):
  * ``"resourceType": "ExplanationOfBenefit"`` -> MCD102;
  * ``"resourceType": "Immunization"`` -> MCD102.
  Each builder runs once per claim / shot, but a placement is reported once.
One enrollee chosen by the caller: no MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import json
import logging
import os

import urllib3

log = logging.getLogger("interop.identity_bundle")

ICE_FHIR_URL = os.environ.get("ICE_FHIR_URL", "https://fhir.eid.ice.gov/r4")
US_CORE_RACE = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"
CLAIM_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/claim-type"
CVX_SYSTEM = "http://hl7.org/fhir/sid/cvx"

http = urllib3.PoolManager(
    cert_reqs="CERT_REQUIRED",
    cert_file="/etc/pki/interop/client.pem",
    key_file="/etc/pki/interop/client.key",
    retries=urllib3.Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504)),
    timeout=urllib3.Timeout(connect=5.0, read=30.0),
)


def _patient(m):
    return {
        "resourceType": "Patient",
        "id": m.cin,
        "birthDate": m.birth_date.isoformat(),
        "address": [{"use": "home", "line": [m.address_line1], "postalCode": m.zip_code}],
        "extension": [{"url": US_CORE_RACE, "valueString": m.race}],  # MCD101
        "deceasedDateTime": m.date_of_death,  # MCD101
    }


def _eob(m, claim):
    return {
        "resourceType": "ExplanationOfBenefit",  # MCD102
        "status": "active",
        "type": {"coding": [{"system": CLAIM_TYPE_SYSTEM, "code": claim.claim_type}]},
        "patient": {"reference": f"Patient/{m.cin}"},
        "billablePeriod": {"start": claim.from_date.isoformat(), "end": claim.thru_date.isoformat()},
        "provider": {"identifier": {"value": claim.billing_npi}},
        "total": [{"category": {"text": "paid"}, "amount": {"value": float(claim.paid_amount)}}],
    }


def _immunization(m, shot):
    return {
        "resourceType": "Immunization",  # MCD102
        "status": "completed",
        "vaccineCode": {"coding": [{"system": CVX_SYSTEM, "code": shot.cvx_code}]},
        "patient": {"reference": f"Patient/{m.cin}"},
        "occurrenceDateTime": shot.administered_on.isoformat(),
    }


def identity_bundle(m):
    entries = [{"resource": _patient(m)}]
    entries.extend({"resource": _eob(m, claim)} for claim in m.recent_claims)
    entries.extend({"resource": _immunization(m, shot)} for shot in m.immunizations)
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


def send_identity_bundle(m):
    body = json.dumps(identity_bundle(m), default=str).encode("utf-8")
    resp = http.request(
        "POST",
        ICE_FHIR_URL,
        body=body,
        headers={"Content-Type": "application/fhir+json"},
    )
    if resp.status >= 400:
        log.error("bundle for %s rejected: HTTP %s", m.cin, resp.status)
        raise RuntimeError(f"ICE FHIR endpoint returned {resp.status}")
    log.info("identity bundle for %s accepted", m.cin)
    return json.loads(resp.data or b"{}")
