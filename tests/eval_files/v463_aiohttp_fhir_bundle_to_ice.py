"""FHIR Bundle referral to an ICE FHIR endpoint, with a raw fallback (violating).

Scenario: an interoperability vendor reused its US Core mapping to answer
ICE requests: for one requested member it posts a FHIR Bundle holding a
Patient and one Condition per active diagnosis to ``fhir.eid.ice.gov``.
When mapping fails, the code falls back to posting the raw member object.

Destination: ``ICE_FHIR_BASE`` folds into the f-string URL and resolves
to ``fhir.eid.ice.gov`` (``*.ice.gov``, SPEC §4).  One member chosen by
the caller: no MCD201 (SPEC §10).

Expected findings:
- Patient elements classify one by one (SPEC §5): ``name`` text from
  ``m.full_name`` -> MCD101; ``gender`` from ``m.gender`` -> MCD101 (sex);
  the ``communication`` language from ``m.preferred_language`` -> MCD101.
  birthDate, the phone telecom and the address are permitted.
- ``condition_resource`` builds a clinical FHIR resource (Condition): one
  MCD102 at its ``resourceType`` entry, inner elements not reported
  separately (SPEC §3, §5).  It is one placement even though the helper is
  called once per diagnosis.
- ``payload = vars(member)`` in the ``except`` handler supplies the whole
  record; the handler's value reaches the post after the ``try`` ->
  MCD103 at that expression (SPEC §3, §6 try/except flow).
"""
import asyncio
import logging

import aiohttp

ICE_FHIR_BASE = "https://fhir.eid.ice.gov/r4"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"

log = logging.getLogger(__name__)


def patient_resource(m) -> dict:
    return {
        "resourceType": "Patient",
        "name": [{"text": m.full_name}],  # MCD101
        "gender": m.gender,  # MCD101
        "birthDate": m.birth_date.isoformat(),
        "telecom": [{"system": "phone", "value": m.home_phone}],
        "address": [
            {
                "line": [m.address_line1],
                "city": m.city,
                "postalCode": m.zip_code,
            }
        ],
        "communication": [{"language": {"text": m.preferred_language}}],  # MCD101
    }


def condition_resource(m, dx_code: str) -> dict:
    return {
        "resourceType": "Condition",  # MCD102
        "clinicalStatus": {"text": "active"},
        "subject": {"reference": f"Patient/{m.cin}"},
        "code": {"coding": [{"system": ICD10_SYSTEM, "code": dx_code}]},
    }


def to_bundle(m) -> dict:
    entries = [{"resource": patient_resource(m)}]
    for dx_code in m.active_diagnosis_codes:
        entries.append({"resource": condition_resource(m, dx_code)})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


async def refer(session: aiohttp.ClientSession, member) -> int:
    try:
        payload = to_bundle(member)
    except (AttributeError, KeyError):
        log.warning("FHIR mapping failed; sending raw record instead")
        payload = vars(member)  # MCD103
    async with session.post(f"{ICE_FHIR_BASE}/Bundle", json=payload) as resp:
        return resp.status


async def main(member) -> None:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        status = await refer(session, member)
        log.info("ICE FHIR endpoint answered %s", status)


if __name__ == "__main__":
    from mmis.lookup import load_member

    asyncio.run(main(load_member()))
