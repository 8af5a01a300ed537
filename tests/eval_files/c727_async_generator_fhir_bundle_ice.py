"""Async generator of FHIR resources posted to an ICE FHIR endpoint includes the name and a Condition.

Scenario:
    A vendor's FHIR facade answers an ICE request about one enrollee by
    streaming resources from an async generator into a transaction Bundle
    that httpx.AsyncClient posts to the ICE EID FHIR endpoint. The Patient
    carries the enrollee's name, and the generator also yields the
    enrollee's active Condition resources.

Expected findings:
    line 40, MCD101, Patient "name" element from member.full_name
    line 55, MCD102, clinical FHIR resource: resourceType "Condition"
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator

import httpx

from facade.repository import AsyncMemberRepository

log = logging.getLogger("facade.ice_fhir")

ICE_FHIR_BASE = "https://fhir.eid.ice.gov/r4"


async def subject_resources(repo: AsyncMemberRepository, medicaid_id: str) -> AsyncIterator[dict]:
    member = await repo.get(medicaid_id)
    yield {
        "resourceType": "Patient",
        "identifier": [
            {
                "type": {"coding": [{"code": "MA"}]},
                "value": member.medicaid_id,
            }
        ],
        "birthDate": member.birth_date.isoformat(),
        "name": [{"use": "official", "text": member.full_name}],  # MCD101
        "address": [
            {
                "line": [member.address_line1],
                "city": member.city,
                "state": member.state,
                "postalCode": member.zip_code,
            }
        ],
        "telecom": [{"system": "phone", "value": member.phone_number}],
    }
    async for condition in repo.active_conditions(medicaid_id):
        if condition.verification_status != "confirmed":
            continue
        yield {
            "resourceType": "Condition",  # MCD102
            "subject": {"reference": f"Patient/{member.medicaid_id}"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": condition.icd10}]},
        }


async def send_subject_bundle(repo: AsyncMemberRepository, medicaid_id: str) -> int:
    entries = [
        {"resource": resource}
        async for resource in subject_resources(repo, medicaid_id)
    ]
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    async with httpx.AsyncClient(timeout=30.0) as client:
        resp = await client.post(f"{ICE_FHIR_BASE}/Bundle", json=bundle)
        resp.raise_for_status()
    log.info("sent %d resources for %s", len(entries), medicaid_id)
    return len(entries)


if __name__ == "__main__":
    asyncio.run(send_subject_bundle(AsyncMemberRepository.from_env(), "91234567A"))
