"""Async sync job: pushes every Medical Assistance recipient as a FHIR Patient to the
Minnesota DHS FHIR server, with name, sex and language (a state agency, not enforcement).

Expected clean: fhir.dhs.state.mn.us is a state government host, which overrides the "dhs" token in the constant and client names; bulk and unfiltered is fine for this destination.
"""
import asyncio
import logging
import os

import asyncpg
import httpx

log = logging.getLogger(__name__)

DHS_FHIR_BASE = "https://fhir.dhs.state.mn.us/r4"
CONCURRENCY = 8

SQL = """
    SELECT msis_ident_num, elgbl_1st_name, elgbl_last_name, sex_cd, birth_dt,
           elgbl_line_1_adr, elgbl_city_name, elgbl_zip_cd, prmry_lang_cd
      FROM mmis_recipient
"""


def to_patient(row) -> dict:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.3.27", "value": row["msis_ident_num"]}],
        "name": [{"family": row["elgbl_last_name"], "given": [row["elgbl_1st_name"]]}],
        "gender": {"1": "male", "2": "female"}.get(row["sex_cd"], "unknown"),
        "birthDate": row["birth_dt"].isoformat(),
        "address": [
            {
                "line": [row["elgbl_line_1_adr"]],
                "city": row["elgbl_city_name"],
                "postalCode": row["elgbl_zip_cd"],
                "state": "MN",
            }
        ],
        "communication": [{"language": {"text": row["prmry_lang_cd"]}}],
    }


async def main() -> None:
    conn = await asyncpg.connect(os.environ["MMIS_DSN"])
    try:
        rows = await conn.fetch(SQL)
    finally:
        await conn.close()
    sem = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(base_url=DHS_FHIR_BASE, timeout=30) as dhs_client:

        async def push(row) -> int:
            async with sem:
                resp = await dhs_client.put(f"/Patient/{row['msis_ident_num']}", json=to_patient(row))
                return resp.status_code

        codes = await asyncio.gather(*(push(r) for r in rows))
    log.info("synced %d patients, %d errors", len(codes), sum(c >= 400 for c in codes))


if __name__ == "__main__":
    asyncio.run(main())
