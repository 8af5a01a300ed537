"""FHIR collection bundle for one referral, posted to the ICE FHIR endpoint with urllib.

Scenario: a state agency's interoperability team answers ICE's request
for a FHIR-shaped referral. ``_resources`` yields a Patient and, when the
member is flagged pregnant, an Observation recording it (the team reused
a generator from the prenatal-outreach feed); ``build_bundle`` wraps them
in a collection bundle and ``submit`` posts it with ``urllib.request``.

Expected findings:
- line 55: MCD101 'gender' (sex) in the Patient resource: Patient elements
  classify one by one (SPEC section 5), reported at the dict entry
  (SPEC section 3);
- line 59: MCD102 at ``"resourceType": "Observation"``: a clinical FHIR
  resource is health data as a whole, one finding at its ``resourceType``
  entry; its inner elements (code, subject, value) are not reported
  separately (SPEC sections 3 and 5).
The bundle is built in ``build_bundle`` and sent by ``submit`` (SPEC
section 6: same-module calls, generators pass their input's names on).
Destination: ``ICE_FHIR_BASE`` (host ``fhir.eid.ice.gov``, ``*.ice.gov``),
joined with ``+`` (SPEC section 4).

Not findings: birth date, address (line, city, postal code) and the phone
in ``telecom`` are permitted; ``"system": "phone"``, the bundle type and
the header values are constants. One member (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import json
import logging
import ssl
import urllib.request
from collections.abc import Iterator

log = logging.getLogger("interop.ice_fhir_referral")

ICE_FHIR_BASE = "https://fhir.eid.ice.gov/r4"
LOINC = "http://loinc.org"
PREGNANCY_STATUS_LOINC = "82810-3"

_ssl_ctx = ssl.create_default_context(cafile="/etc/pki/tls/certs/ca-bundle.crt")


def _resources(member) -> Iterator[dict]:
    yield {
        "resourceType": "Patient",
        "birthDate": member.birth_date.isoformat(),
        "address": [
            {
                "line": [member.street],
                "city": member.city,
                "postalCode": member.zip_code,
            }
        ],
        "telecom": [{"system": "phone", "value": member.phone_number}],
        "gender": member.gender,  # MCD101
    }
    if member.pregnancy_status:
        yield {
            "resourceType": "Observation",  # MCD102
            "status": "final",
            "code": {"coding": [{"system": LOINC, "code": PREGNANCY_STATUS_LOINC}]},
            "subject": {"reference": f"Patient/{member.cin}"},
            "valueCodeableConcept": {"text": member.pregnancy_status},
        }


def build_bundle(member) -> dict:
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": resource} for resource in _resources(member)],
    }


def submit(member) -> int:
    data = json.dumps(build_bundle(member)).encode("utf-8")
    req = urllib.request.Request(
        ICE_FHIR_BASE + "/Bundle",
        data=data,
        method="POST",
        headers={"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"},
    )
    with urllib.request.urlopen(req, timeout=30, context=_ssl_ctx) as resp:
        status = resp.status
    log.info("referral bundle for %s answered HTTP %s", member.cin, status)
    return status
