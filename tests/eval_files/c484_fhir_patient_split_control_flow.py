"""US Core Patient to ICE, clinical bundle to the state FHIR server (expected clean).

Scenario: an interoperability vendor answers individual ICE requests
with a FHIR Patient that holds only the basic categories, and uses the
same mapping to keep the state's own FHIR server current with the full
Patient (name, gender) and the member's Conditions.  One mapping helper
returns both parts as a tuple; the route decides which goes where.

Why no finding is expected:
- Destinations: ``ICE_FHIR_BASE`` resolves to ``fhir.eid.ice.gov``
  (enforcement); ``STATE_FHIR_BASE`` to ``fhir.medi-cal.ca.gov`` (a
  ``ca.gov`` host, non-enforcement, SPEC §4).  ``_post_bundle`` is shared;
  a field is judged against the destination of the call that hands it on
  (SPEC §6).
- Tuple unpacking is followed element by element (SPEC §6): the ICE
  bundle holds only ``patient``; the clinical ``Condition`` resources
  (health data as a whole, SPEC §5) are in ``clinical`` and reach only the
  state server.
- Patient elements classify one by one (SPEC §5): ``id`` (the CIN),
  ``birthDate``, the phone ``telecom``, the home address (chosen with
  ``match`` captures from ``m.addresses``) and the citizenship extension
  are permitted; the ``state`` element is a constant.
- Sound control flow (SPEC §6): the state route adds name and gender to a
  deep copy and ends in ``return``; citizens ``raise``; the ``except``
  handler of the mapping ``try`` re-raises.  None of those states flows to
  the ICE send.
- One member per call, chosen by the caller (SPEC §10 "Not bulk").
"""
import copy
import logging

import requests

ICE_FHIR_BASE = "https://fhir.eid.ice.gov/r4"
STATE_FHIR_BASE = "https://fhir.medi-cal.ca.gov/r4"
CITIZENSHIP_EXT = "http://hl7.org/fhir/StructureDefinition/patient-citizenship"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"
FHIR_HEADERS = {"Content-Type": "application/fhir+json"}

log = logging.getLogger("fhir.routes")


class MappingError(Exception):
    pass


def _patient(m) -> dict:
    patient = {
        "resourceType": "Patient",
        "id": m.cin,
        "birthDate": m.birth_date.isoformat(),
        "telecom": [{"system": "phone", "value": m.phone_number, "use": "home"}],
        "extension": [
            {
                "url": CITIZENSHIP_EXT,
                "extension": [{"url": "code", "valueCodeableConcept": {"text": m.citizenship_status}}],
            }
        ],
    }
    match m.addresses:
        case [{"use": "home", "address_line1": address_line1, "zip_code": zip_code}, *_]:
            patient["address"] = [{"use": "home", "line": [address_line1], "state": "CA", "postalCode": zip_code}]
        case [{"use": "mailing", "mailing_address": mailing_address}, *_]:
            patient["address"] = [{"use": "postal", "text": mailing_address}]
        case _:
            log.info("member %s has no usable address", m.cin)
    return patient


def _condition(m, dx) -> dict:
    return {
        "resourceType": "Condition",
        "subject": {"reference": f"Patient/{m.cin}"},
        "code": {"coding": [{"system": ICD10_SYSTEM, "code": dx.icd10_code}]},
        "onsetDateTime": dx.onset_date.isoformat(),
    }


def _split(m):
    return _patient(m), [_condition(m, dx) for dx in m.diagnoses]


def _post_bundle(base: str, resources: list) -> None:
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in resources],
    }
    requests.post(base, json=bundle, headers=FHIR_HEADERS, timeout=60).raise_for_status()


def route_member(m, route: str) -> str:
    try:
        patient, clinical = _split(m)
    except (AttributeError, KeyError) as exc:
        log.error("mapping failed for member %s", m.cin)
        raise MappingError(m.cin) from exc

    if route == "state":
        full = copy.deepcopy(patient)
        full["name"] = [{"text": m.full_name}]
        full["gender"] = m.gender
        _post_bundle(STATE_FHIR_BASE, [full, *clinical])
        return "state"

    if m.us_citizen:
        raise MappingError(f"member {m.cin} is a citizen; nothing may be sent to ICE")

    _post_bundle(ICE_FHIR_BASE, [patient])
    return "ice"
