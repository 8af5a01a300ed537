"""Async county push to the CBP subjects API: asyncio.gather over an unfiltered SQLAlchemy select; the guardian's phone and the PCP's NPI ride along.

Scenario: a vendor service (SQLAlchemy 2.0 async + httpx) pushes every
enrollee of a county to a CBP subject-matching API, eight requests at a
time. The per-member payload helper ``_send_one`` reads the enrollee's
guardian and primary care provider through eager-loaded relationships.

Expected findings:
- line 59: MCD101 'guardian_phone' from ``m.guardian.phone``: the attribute
  chain carries ``guardian``, so the phone is someone else's (SPEC section 6,
  "``m.guardian.phone`` is the guardian's phone (MCD101)");
- line 60: MCD102 'pcp_npi' from ``m.pcp.npi`` (provider, health information);
- line 81: MCD201: the generator passed to ``asyncio.gather`` calls
  ``_send_one``, whose parameter reaches the enforcement sink, once per row of
  ``select(Member).where(Member.county_code == county)`` (a SQLAlchemy select
  is a bulk source) with no condition on immigration status or citizenship
  (SPEC section 10, "Helpers ... reported at that call in the loop").
Destination: ``cbp_client`` is created with ``base_url=CBP_BASE_URL``
(``subjects.cbp.gov`` matches ``*.cbp.gov``) and its name carries ``cbp``
(SPEC section 4).

Not findings: the other payload entries are permitted (Medicaid ID, birth
date, the enrollee's own address line, city and ZIP, phone); the
``county_code`` test selects a county, not a status.
"""
from __future__ import annotations

import asyncio
import logging
import os

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import selectinload

from vendor_mmis.models import Member

log = logging.getLogger("vendor.cbp_push")

CBP_BASE_URL = "https://subjects.cbp.gov"
SUBJECTS_PATH = "/api/v1/subjects"
CONCURRENCY = 8

engine = create_async_engine(os.environ["MMIS_DB_URL"], pool_size=5)
async_session = async_sessionmaker(engine, expire_on_commit=False)


async def _send_one(cbp_client: httpx.AsyncClient, m, sem: asyncio.Semaphore) -> bool:
    payload = {
        "medicaid_id": m.medicaid_id,
        "birth_date": m.birth_date.isoformat(),
        "address": {
            "line1": m.address_line1,
            "city": m.city,
            "zip": m.zip_code,
        },
        "phone": m.phone_number,
        "guardian_phone": m.guardian.phone if m.guardian else None,  # MCD101
        "pcp_npi": m.pcp.npi if m.pcp else None,  # MCD102
    }
    async with sem:
        resp = await cbp_client.post(SUBJECTS_PATH, json=payload)
    if resp.status_code >= 400:
        log.warning("CBP rejected %s: %s", m.medicaid_id, resp.status_code)
        return False
    return True


async def push_county(county: str) -> int:
    stmt = (
        select(Member)
        .options(selectinload(Member.guardian), selectinload(Member.pcp))
        .where(Member.county_code == county)
    )
    async with async_session() as session:
        members = (await session.execute(stmt)).scalars().all()

    sem = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(base_url=CBP_BASE_URL, timeout=30.0) as cbp_client:
        results = await asyncio.gather(*(_send_one(cbp_client, m, sem) for m in members))  # MCD201
    ok = sum(1 for r in results if r)
    log.info("county %s: %d/%d subjects accepted", county, ok, len(results))
    return ok


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(push_county(os.environ.get("COUNTY", "037")))
