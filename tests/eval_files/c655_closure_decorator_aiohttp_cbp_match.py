"""Traveler-record match for one enrollee, via a closure and a retry decorator.

Scenario: a federal contractor's async service checks whether one
Medicaid enrollee, picked by an analyst, matches a CBP traveler record.
``make_matcher`` returns a closure that builds the match body and hands
it to ``_post_match``, an aiohttp call wrapped in a same-module retry
decorator.

Expected findings (dict entries placed inside the closure ``match`` and
sent by the decorated helper ``_post_match``; SPEC section 6 follows
closures and same-module calls, and reports a field placed in a caller
and sent by a helper at the caller's placement; SPEC section 3 for the
dict entry):
- line 70: MCD101 'passport_number' (immigration document id);
- line 71: MCD101 'sex' (sex).
Destination: ``CBP_MATCH_URL`` folds to ``https://api.cbp.gov/...``
(``cbp.gov``), and ``cbp`` is in the constant name (SPEC section 4).

Not findings: date of birth and ZIP code are permitted; the analyst
chooses one enrollee by Medicaid ID (SPEC section 10, "Not bulk"); the
retry decorator only re-awaits the wrapped call.
"""
from __future__ import annotations

import asyncio
import functools
import logging

import aiohttp

from analytics.members import load_member

log = logging.getLogger("contractor.traveler_match")

CBP_MATCH_URL = "https://api.cbp.gov/traveler/v1/match"
TIMEOUT = aiohttp.ClientTimeout(total=25)


def with_retries(attempts: int = 3):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except aiohttp.ClientConnectionError:
                    if attempt == attempts:
                        raise
                    log.warning("match attempt %d failed; retrying", attempt)
                    await asyncio.sleep(2 ** attempt)
            return None

        return wrapper

    return decorate


@with_retries(attempts=4)
async def _post_match(session: aiohttp.ClientSession, body: dict) -> dict:
    async with session.post(CBP_MATCH_URL, json=body, timeout=TIMEOUT) as resp:
        resp.raise_for_status()
        return await resp.json()


def make_matcher(session: aiohttp.ClientSession):
    async def match(member) -> dict:
        body = {
            "date_of_birth": member.dob.isoformat(),
            "zip_code": member.zip_code,
            "passport_number": member.passport_number,  # MCD101
            "sex": member.sex,  # MCD101
        }
        return await _post_match(session, body)

    return match


async def check_one(medicaid_id: str) -> bool:
    member = await load_member(medicaid_id)
    if member is None:
        return False
    async with aiohttp.ClientSession() as session:
        matcher = make_matcher(session)
        result = await matcher(member)
    hit = bool(result and result.get("hit"))
    log.info("traveler match for %s: %s", medicaid_id, "hit" if hit else "no hit")
    return hit


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(check_one(sys.argv[1])))
