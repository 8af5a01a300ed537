"""Pushes case data to "ICE", the county's Integrated Case Eligibility platform (a vendor-hosted case
management system), which has nothing to do with Immigration and Customs Enforcement.

Clean (§4, §7): the only enforcement signals are the `ice` token in ICE_API_URL, IceCaseClient and
push_case_to_ice; the host api.caseworks-cloud.com is on neither list, so the destination is decided by
name signals, and the `# medicaid-scope: not-enforcement` pragmas on the constant, the class and the
function override them (a pragma never overrides enforcement host patterns, and none matches here).
SSN, names, income, household and diagnoses may therefore be sent.
"""
import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("county.ice_case_sync")

ICE_API_URL = os.environ.get("ICE_API_URL", "https://api.caseworks-cloud.com/case-eligibility/v3")  # medicaid-scope: not-enforcement
CONCURRENCY = 8


def _case_packet(case):
    return {
        "case_number": case.case_number,
        "head_of_household_ssn": case.head.ssn,
        "head_of_household_name": case.head.full_name,
        "household_size": case.household_size,
        "household_income": str(case.household_income),
        "members": [
            {
                "medicaid_id": m.medicaid_id,
                "first_name": m.first_name,
                "date_of_birth": m.date_of_birth.isoformat(),
                "aid_code": m.aid_code,
                "diagnosis_codes": list(m.diagnosis_codes),
            }
            for m in case.members
        ],
    }


class IceCaseClient:  # medicaid-scope: not-enforcement
    """Client for the Integrated Case Eligibility (ICE) REST API."""

    def __init__(self, api_key):
        self._base = ICE_API_URL
        self._headers = {"X-Api-Key": api_key}

    async def upsert_case(self, session: aiohttp.ClientSession, case):
        packet = _case_packet(case)
        url = f"{self._base}/cases/{case.case_number}"
        async with session.put(url, json=packet, headers=self._headers) as resp:
            if resp.status >= 400:
                log.error("ICE platform rejected case %s: %s", case.case_number, resp.status)
                return False
            return True


async def push_case_to_ice(cases):  # medicaid-scope: not-enforcement
    client = IceCaseClient(os.environ["CASEWORKS_API_KEY"])
    sem = asyncio.Semaphore(CONCURRENCY)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def one(case):
            async with sem:
                return await client.upsert_case(session, case)

        results = await asyncio.gather(*(one(c) for c in cases))
    failed = sum(1 for ok in results if not ok)
    log.info("synced %d cases, %d failed", len(results), failed)
    return failed
