"""Async job: refresh ICE's address data for every enrollee whose address changed.

Scenario: an integration vendor runs an asyncio job that reads, from the
eligibility warehouse (asyncpg), the contact rows of all enrollees whose
address became effective since the last run and posts them in chunks of
200 to EID's address-update endpoint with an ``httpx.AsyncClient``.  Every
field sent is one of the six permitted categories (Medicaid ID, address
lines, city, state, ZIP, phone), so there is no MCD101-MCD104 finding.

Expected finding:
- MCD201 at the ``client.post`` call: ``rows`` (a plural person noun bound
  to the query result) is a bulk source; chunks built from it by the
  same-module generator ``chunked`` and the comprehension are sent in the
  loop (SPEC 10 bulk send; SPEC 6 generators pass names on).  The query's
  WHERE is on the address effective date only; nothing on the path tests
  immigration status or citizenship, so the population was never chosen.
  Destination: ``urljoin(EID_BASE, ...)`` with ``EID_BASE`` from
  ``os.getenv`` with a literal default folds to ``https://eid.ice.gov/...``
  (SPEC 4 URL folding, ``*.ice.gov``).
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import uuid
from datetime import date, timedelta
from urllib.parse import urljoin

import asyncpg
import httpx

log = logging.getLogger("addr.refresh")

EID_BASE = os.getenv("EID_BASE", "https://eid.ice.gov/api/")
ADDRESS_UPDATE_URL = urljoin(EID_BASE, "v1/address-updates")
WAREHOUSE_DSN = os.getenv("WAREHOUSE_DSN", "postgresql://etl@warehouse.internal/tmsis")
CHUNK = 200

CHANGED_ADDRESSES_SQL = (
    "SELECT msis_ident_num, elgbl_line_1_adr, elgbl_line_2_adr, "
    "       elgbl_city_name, elgbl_state_cd, elgbl_zip_cd, elgbl_phne_num "
    "FROM tmsis.tmsis_elgbl_cntct "
    "WHERE elgbl_adr_type_cd = '01' AND elgbl_adr_efctv_dt >= $1"
)


def chunked(items, size):
    buf = []
    for item in items:
        buf.append(item)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def _address_doc(r):
    return {
        "msis_ident_num": r["msis_ident_num"],
        "address_line_1": r["elgbl_line_1_adr"],
        "address_line_2": r["elgbl_line_2_adr"],
        "city": r["elgbl_city_name"],
        "state": r["elgbl_state_cd"],
        "zip": r["elgbl_zip_cd"],
        "phone": r["elgbl_phne_num"],
    }


async def refresh(since):
    conn = await asyncpg.connect(WAREHOUSE_DSN)
    try:
        rows = await conn.fetch(CHANGED_ADDRESSES_SQL, since)
    finally:
        await conn.close()
    log.info("%d changed addresses since %s", len(rows), since)
    batch_id = uuid.uuid4().hex
    sent = 0
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0), http2=True) as client:
        for batch in chunked(rows, CHUNK):
            docs = [_address_doc(r) for r in batch]
            await client.post(ADDRESS_UPDATE_URL, json={"batch_id": batch_id, "subjects": docs})  # MCD201
            sent += len(docs)
    return sent


def main(argv=None):
    parser = argparse.ArgumentParser(description="Push changed enrollee addresses")
    parser.add_argument("--days", type=int, default=1)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    since = date.today() - timedelta(days=args.days)
    sent = asyncio.run(refresh(since))
    log.info("sent %d address updates", sent)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
