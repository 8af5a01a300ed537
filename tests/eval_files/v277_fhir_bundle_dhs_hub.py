"""FHIR transaction Bundle of enrollees posted to the hub at interop.ice.dhs.gov (§4).
Patient elements classify one by one (§5): ``name`` (full_name) and ``gender``
(sex) are MCD101. The Condition entry is a clinical resource: one MCD102 at its
``resourceType`` line, inner elements not reported (§3, §5). The bundle is built
in a loop over ``members`` (plural person noun, no caller in the module) with no
status condition and handed to a method whose parameter reaches the sink:
MCD201 at that call (§10).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Sequence

import httpx

log = logging.getLogger("fhir_handoff")

DHS_FHIR_BASE = "https://interop.ice.dhs.gov/fhir/r4"
MEDICAID_ID_SYSTEM = "urn:oid:2.16.840.1.113883.3.249.14.101"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"


@dataclass
class MemberRecord:
    medicaid_id: str
    full_name: str
    birth_date: date
    sex: str
    address_line1: str
    city: str
    zip_code: str
    phone_number: str | None = None
    active_dx_codes: list[str] = field(default_factory=list)


def patient_resource(m: MemberRecord) -> dict[str, Any]:
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": m.medicaid_id,
        "identifier": [{"system": MEDICAID_ID_SYSTEM, "value": m.medicaid_id}],
        "name": [{"use": "official", "text": m.full_name}],  # MCD101
        "gender": m.sex,  # MCD101
        "birthDate": m.birth_date.isoformat(),
        "address": [{"line": [m.address_line1], "city": m.city, "postalCode": m.zip_code}],
    }
    if m.phone_number:
        patient["telecom"] = [{"system": "phone", "value": m.phone_number}]
    return patient


def condition_resources(m: MemberRecord) -> list[dict[str, Any]]:
    return [
        {
            "resourceType": "Condition",  # MCD102
            "subject": {"reference": f"Patient/{m.medicaid_id}"},
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "code": {"coding": [{"system": ICD10_SYSTEM, "code": dx}]},
        }
        for dx in m.active_dx_codes
    ]


class HubClient:
    """Client for the hub; the httpx.Client is injected so tests can mock it."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http
        self._base_url = DHS_FHIR_BASE

    def submit_bundle(self, bundle: dict[str, Any]) -> dict[str, Any]:
        resp = self._http.post(
            self._base_url,
            json=bundle,
            headers={"Content-Type": "application/fhir+json"},
        )
        resp.raise_for_status()
        return resp.json()


def export_members(client: HubClient, members: Sequence[MemberRecord]) -> int:
    entries: list[dict[str, Any]] = []
    for m in members:
        entries.append(
            {
                "fullUrl": f"urn:uuid:{m.medicaid_id}",
                "resource": patient_resource(m),
                "request": {"method": "PUT", "url": f"Patient/{m.medicaid_id}"},
            }
        )
        for cond in condition_resources(m):
            entries.append({"resource": cond, "request": {"method": "POST", "url": "Condition"}})
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
    result = client.submit_bundle(bundle)  # MCD201
    failures = [e for e in result.get("entry", []) if not e["response"]["status"].startswith("2")]
    log.info("bundle posted: %d entries, %d failures", len(entries), len(failures))
    return len(entries) - len(failures)
