"""ICE subject batches from asyncpg rows: a pydantic model named for ICE that declares only the six categories.

Scenario: an async job at a state agency reads, with asyncpg, the enrollees
whose immigration status marks unlawful presence and who are not citizens,
validates each row into ``IceSubjectRecord`` and posts batches of 250 to
ICE with aiohttp. The model is named for ICE; the query's table also holds
SSN and diagnosis columns used by other jobs.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``IceSubjectRecord`` is named for enforcement, so its declared fields are
  enforcement payload (SPEC sections 3 and 4), but every declared field is
  permitted (Medicaid ID, date of birth, mailing address, ZIP, phone,
  immigration status, citizenship) (SPEC section 1).
- ``model_validate(dict(r))`` and ``model_dump(mode="json")`` carry the
  model's declared fields (SPEC section 6), not the row's.
- The select list names only permitted columns; the ``WHERE`` tests
  ``immigration_status`` and ``citizenship_status`` (SPEC section 10).
- ``batch_id`` and ``record_count`` are harmless (SPEC section 5).
"""
from __future__ import annotations

import asyncio
import logging
import os
import uuid
from datetime import date

import aiohttp
import asyncpg
from pydantic import BaseModel, ConfigDict

log = logging.getLogger("sharing.ice_subjects")

ICE_SUBJECTS_URL = "https://eid.ice.gov/api/v2/subjects:batch"
UNLAWFUL = ["EWI", "OVS", "FINAL_ORDER"]
BATCH = 250

SUBJECT_SQL = """
SELECT medicaid_id, date_of_birth, mailing_address, zip_code, phone_number,
       immigration_status, citizenship_status
FROM elig.member
WHERE immigration_status = ANY($1::text[])
  AND citizenship_status <> 'CITIZEN'
ORDER BY medicaid_id
"""


class IceSubjectRecord(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    medicaid_id: str
    date_of_birth: date
    mailing_address: str
    zip_code: str
    phone_number: str | None = None
    immigration_status: str
    citizenship_status: str


async def _post(http: aiohttp.ClientSession, batch_id: str, records: list[IceSubjectRecord]) -> None:
    body = {
        "batch_id": batch_id,
        "record_count": len(records),
        "subjects": [r.model_dump(mode="json") for r in records],
    }
    async with http.post(ICE_SUBJECTS_URL, json=body) as resp:
        resp.raise_for_status()


async def run() -> int:
    conn = await asyncpg.connect(os.environ["ELIG_DSN"])
    try:
        rows = await conn.fetch(SUBJECT_SQL, UNLAWFUL)
    finally:
        await conn.close()

    subjects = [IceSubjectRecord.model_validate(dict(r)) for r in rows]
    batch_id = uuid.uuid4().hex
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        for start in range(0, len(subjects), BATCH):
            await _post(http, batch_id, subjects[start:start + BATCH])
    log.info("batch %s: %d subjects", batch_id, len(subjects))
    return len(subjects)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(run())
