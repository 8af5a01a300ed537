"""Nightly async push of enrollees to a DHS ERO intake gateway with httpx.AsyncClient + gather.
MCD101 at the sex= keyword and MCD104 at the risk_score= keyword: both go through **extra into
the body that _push_one posts; a field placed in a caller and sent via a helper is reported at the
caller's keyword (SPEC 3, 6). risk_score is not in the vocabulary (SPEC 5 allow-list -> MCD104).
MCD201 at the comprehension that calls _push_one: `enrollees` is a plural person-noun parameter with
no caller in the module, _push_one's parameter reaches the sink, and nothing tests immigration status
or citizenship (SPEC 10 'Helpers': reported at that call in the loop). The host is ero.dhs.gov.
"""
import asyncio
import logging
import os

import httpx

log = logging.getLogger("ero_push")

ERO_INTAKE_URL = os.environ.get("ERO_INTAKE_URL", "https://intake.ero.dhs.gov/v1/subjects")
MAX_IN_FLIGHT = 20


def _subject(base, **extra):
    body = dict(base)
    body.update(extra)
    return body


async def _push_one(client: httpx.AsyncClient, sem: asyncio.Semaphore, enrollee):
    base = {"medicaid_id": enrollee["msis_id"], "dob": enrollee["birth_date"]}
    body = _subject(
        base,
        sex=enrollee["sex_cd"],  # MCD101
        risk_score=enrollee["risk_score"],  # MCD104
    )
    async with sem:
        try:
            resp = await client.post(ERO_INTAKE_URL, json=body)
            resp.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("push failed: %s", exc)
            return False
    return True


async def push_all(enrollees):
    sem = asyncio.Semaphore(MAX_IN_FLIGHT)
    async with httpx.AsyncClient(timeout=20) as client:
        tasks = [_push_one(client, sem, e) for e in enrollees]  # MCD201
        results = await asyncio.gather(*tasks)
    ok = sum(1 for r in results if r)
    log.info("pushed %d of %d", ok, len(results))
    return ok



def report(ok, total):
    return {"pushed": ok, "failed": total - ok}
