"""Async client module used by a contractor's pipeline: submit_enrollees() posts a subject
record for each enrollee it is given to the ICE EID v2 API, concurrently.

Expected MCD201 at client.post: "enrollees" is a plural person parameter with no visible caller and no status test; MCD101 for the sex code placed in _subject().
"""
import asyncio
import logging
from typing import Any, Iterable

import httpx

log = logging.getLogger(__name__)

ICE_EID_BASE = "https://eid.ice.gov"
MAX_IN_FLIGHT = 16


def _subject(e: dict[str, Any]) -> dict[str, Any]:
    return {
        "msis_ident_num": e["msis_ident_num"],
        "birth_dt": e["birth_dt"],
        "sex": e["sex_cd"],  # MCD101
        "elgbl_line_1_adr": e["elgbl_line_1_adr"],
        "elgbl_zip_cd": e["elgbl_zip_cd"],
        "elgbl_phne_num": e["elgbl_phne_num"],
    }


async def submit_enrollees(enrollees: Iterable[dict[str, Any]]) -> list[int]:
    limits = httpx.Limits(max_connections=MAX_IN_FLIGHT)
    async with httpx.AsyncClient(base_url=ICE_EID_BASE, limits=limits, timeout=30) as client:
        tasks = [client.post("/v2/subjects", json=_subject(e)) for e in enrollees]  # MCD201
        responses = await asyncio.gather(*tasks, return_exceptions=True)
    codes = [r.status_code if isinstance(r, httpx.Response) else 0 for r in responses]
    failed = sum(1 for c in codes if not 200 <= c < 300)
    if failed:
        log.warning("%d of %d submissions failed", failed, len(codes))
    return codes
