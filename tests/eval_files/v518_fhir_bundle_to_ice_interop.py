"""FHIR bundle about one member sent to the state FHIR server and to ICE (violating).

Scenario: a Medi-Cal managed-care plan's interoperability service builds a
FHIR R4 collection Bundle for one member (Patient plus an active Condition
and a MedicationRequest) and posts it to the state's FHIR server.  A new
"federal partner" flag also posts the same bundle to an ICE interoperability
endpoint.  One member, chosen by the caller: no population-scope issue.

Destinations: ``STATE_FHIR_BASE`` (``fhir.medi-cal.ca.gov``, state ``ca.gov``,
non-enforcement) and ``ICE_FHIR_BASE`` (``interop.ice.gov``, ``*.ice.gov``
enforcement, SPEC section 4).  A placement that reaches both is reported
once, naming the enforcement sink (SPEC section 3).

Expected findings:
- Patient ``"name"`` element (one line) whose ``family`` is
  ``m["ELGBL_LAST_NAME"]``: name, MCD101 (Patient elements classify one by
  one, SPEC section 5).
- Patient ``"gender": m["SEX_CD"]``: sex, MCD101.
- ``"resourceType": "Condition"``: a clinical FHIR resource is health data
  as a whole, one MCD102 at its ``resourceType`` entry; inner elements are
  not reported separately (SPEC sections 3 and 5).
- ``"resourceType": "MedicationRequest"``: the same, MCD102.
Not findings: Patient birthDate and address elements (permitted), the
Patient and Bundle ``resourceType`` (not clinical), constant systems and
codes; the post to the state server alone would be clean (SPEC section 9).
"""
import argparse
import asyncio
import json
import logging

import aiohttp

STATE_FHIR_BASE = "https://fhir.medi-cal.ca.gov/r4"
ICE_FHIR_BASE = "https://interop.ice.gov/fhir/r4"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
FHIR_JSON = "application/fhir+json"
PATIENT_REF = "urn:uuid:9b1f7c3e-5d2a-4e8b-a6c1-3f0d2e7b8a90"

log = logging.getLogger("interop.bundle")


def _patient(m: dict) -> dict:
    return {
        "resourceType": "Patient",
        "birthDate": m["BIRTH_DT"],
        "address": [
            {
                "use": "home",
                "line": [m["ELGBL_LINE_1_ADR"]],
                "postalCode": m["ELGBL_ZIP_CD"],
            }
        ],
        "name": [{"use": "official", "family": m["ELGBL_LAST_NAME"]}],  # MCD101
        "gender": m["SEX_CD"],  # MCD101
    }


def _condition(m: dict) -> dict:
    return {
        "resourceType": "Condition",  # MCD102
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": ICD10, "code": m["DGNS_1_CD"]}]},
        "subject": {"reference": PATIENT_REF},
    }


def _medication(m: dict) -> dict:
    return {
        "resourceType": "MedicationRequest",  # MCD102
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": m["RXCUI"]}]},
        "subject": {"reference": PATIENT_REF},
    }


def build_bundle(m: dict) -> dict:
    entries = [{"fullUrl": PATIENT_REF, "resource": _patient(m)}]
    if m.get("DGNS_1_CD"):
        entries.append({"resource": _condition(m)})
    if m.get("RXCUI"):
        entries.append({"resource": _medication(m)})
    return {"resourceType": "Bundle", "type": "collection", "entry": entries}


async def _post(session: aiohttp.ClientSession, url: str, bundle: dict) -> int:
    for attempt in range(3):
        try:
            async with session.post(url, json=bundle, headers={"Content-Type": FHIR_JSON}) as resp:
                if resp.status in (502, 503):
                    await asyncio.sleep(2 ** attempt)
                    continue
                resp.raise_for_status()
                return resp.status
        except aiohttp.ClientConnectionError as exc:
            log.warning("connection error to %s: %s", url, exc)
            await asyncio.sleep(2 ** attempt)
    raise RuntimeError(f"could not deliver bundle to {url}")


async def share(member_file: str, federal_partner: bool) -> None:
    with open(member_file, encoding="utf-8") as fh:
        m = json.load(fh)
    bundle = build_bundle(m)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        await _post(session, STATE_FHIR_BASE, bundle)
        if federal_partner:
            await _post(session, ICE_FHIR_BASE, bundle)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ap = argparse.ArgumentParser()
    ap.add_argument("member_file")
    ap.add_argument("--federal-partner", action="store_true")
    args = ap.parse_args()
    asyncio.run(share(args.member_file, args.federal_partner))
