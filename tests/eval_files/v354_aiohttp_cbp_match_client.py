"""Async identity-match client for the CBP person-centric query service,
used by the applicant screening pipeline of a state-based marketplace
vendor.
"""
import hashlib
import logging
import os

import aiohttp

log = logging.getLogger("screening.match")

ENFORCEMENT_MATCH_API = os.environ.get("MATCH_API_URL", "https://pcq.cbp.gov/v1")


class EnforcementMatchClient:
    def __init__(self):
        self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        self.base_url = ENFORCEMENT_MATCH_API

    async def close(self):
        await self.session.close()

    async def match(self, applicant):
        body = {
            "medicaid_id": applicant.medicaid_id,
            "birth_date": applicant.birth_date.isoformat(),
            "alien_number": applicant.alien_number,  # MCD101
            "ssn_hash": hashlib.sha256(applicant.ssn.encode()).hexdigest(),  # MCD101
            "household_size": applicant.household_size,  # MCD101
            "maritalStatus": applicant.maritalStatus,  # MCD101
            "spouse_birth_date": applicant.spouse.birth_date,  # MCD101
        }
        async with self.session.post(f"{self.base_url}/match", json=body) as resp:
            resp.raise_for_status()
            return await resp.json()

    async def match_all(self, applicants):
        results = []
        for applicant in applicants:
            try:
                results.append(await self.match(applicant))  # MCD201
            except aiohttp.ClientResponseError as exc:
                log.warning("match failed for %s: %s", applicant.medicaid_id, exc.status)
        return results


async def screen_single(applicant):
    client = EnforcementMatchClient()
    try:
        return await client.match(applicant)
    finally:
        await client.close()
