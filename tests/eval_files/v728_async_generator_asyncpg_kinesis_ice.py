"""Async generator over an asyncpg cursor streams status-scoped basic fields to an ICE Kinesis stream.

Scenario:
    A state agency's async worker reads enrollees with a not-lawfully-present
    status code through an asyncpg cursor, shapes each row into the six basic
    categories in an async generator, batches them and puts them on the ICE
    EID Kinesis stream. The enrollee table also holds SSN, name and
    diagnosis columns, which the query does not select.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - The SQL select list names only basic categories; the WHERE on
      imgrtn_stus_cd is a condition on immigration status between the bulk
      source and the send (SPEC sections 3 and 10).
    - The generator passes only those names on (SPEC section 6, generators);
      the partition key is the Medicaid ID, a permitted category, and the
      stream name is transfer metadata (SPEC section 4).
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncIterator

import asyncpg
import boto3

log = logging.getLogger("workers.ice_stream")

ICE_STREAM = "ice-eid-subject-stream"
BATCH = 250
SUBJECT_SQL = (
    "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd, ctznshp_ind,"
    "       elgbl_line_1_adr, elgbl_city_name, elgbl_state_cd, elgbl_zip_cd,"
    "       elgbl_phne_num"
    "  FROM tmsis.elgbl"
    " WHERE imgrtn_stus_cd = ANY($1::text[])"
)


async def subjects(conn: asyncpg.Connection, codes: list[str]) -> AsyncIterator[dict]:
    async with conn.transaction():
        async for row in conn.cursor(SUBJECT_SQL, codes, prefetch=500):
            yield {
                "medicaid_id": row["msis_ident_num"],
                "date_of_birth": row["birth_dt"].isoformat(),
                "immigration_status": row["imgrtn_stus_cd"],
                "citizenship": row["ctznshp_ind"],
                "address": {
                    "line1": row["elgbl_line_1_adr"],
                    "city": row["elgbl_city_name"],
                    "state": row["elgbl_state_cd"],
                    "zip": row["elgbl_zip_cd"],
                },
                "phone": row["elgbl_phne_num"],
            }


async def batches(source: AsyncIterator[dict], size: int) -> AsyncIterator[list[dict]]:
    batch: list[dict] = []
    async for item in source:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def run(codes: list[str]) -> int:
    kinesis = boto3.client("kinesis", region_name="us-gov-west-1")
    conn = await asyncpg.connect(os.environ["MMIS_DSN"])
    total = 0
    try:
        async for batch in batches(subjects(conn, codes), BATCH):
            records = [
                {"Data": json.dumps(s).encode(), "PartitionKey": s["medicaid_id"]}
                for s in batch
            ]
            kinesis.put_records(StreamName=ICE_STREAM, Records=records)
            total += len(records)
    finally:
        await conn.close()
    log.info("streamed %d subjects", total)
    return total


if __name__ == "__main__":
    asyncio.run(run(["3", "8"]))
