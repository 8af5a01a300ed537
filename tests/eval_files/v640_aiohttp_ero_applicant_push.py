"""Async push of marketplace applicants to the ERO subjects API.

Scenario: a federal contractor's async worker receives a list of
Medicaid applicant records from the state hub and posts each one to the
ERO subjects API through a retrying helper. It logs applicants whose
status is outside the removable set, but sends them all.

Expected findings:
- line 77: MCD101 'sevis_id' (immigration_document_id): the dict entry is
  the placement (SPEC section 3); the dict reaches the sink through the
  same-module helper ``_post_subject``, and a field placed in a caller
  and sent by a helper is reported at the caller's placement
  (SPEC section 6).
- line 80: MCD201 at the call ``await _post_subject(session, body)``:
  ``applicants`` is a plural person-named parameter of a function that no
  code in the module calls, so it is a bulk source; a loop over it that
  calls a function whose parameter reaches an enforcement sink is a
  bulk send, reported at that call in the loop (SPEC section 10,
  "Helpers"). The status test only logs; it does not decide whether the
  record is sent, so it is not a condition (SPEC section 10).
The helper posts to ``api.ero.ice.gov`` (``*.ice.gov``, SPEC section 4).

Not findings: Medicaid ID, date of birth (``a["dob"]`` under
``date_of_birth``), mailing address, phone and immigration status are
permitted; the session headers and timeout are constants.
"""
from __future__ import annotations

import asyncio
import logging

import aiohttp

log = logging.getLogger("contractor.ero_push")

ERO_API_BASE = "https://api.ero.ice.gov/v2"
BASE_HEADERS = {"Accept": "application/json"}
TIMEOUT = aiohttp.ClientTimeout(total=30)
RETRY_STATUSES = frozenset({429, 502, 503, 504})
MAX_ATTEMPTS = 4
REMOVABLE = frozenset({"EWI", "OVERSTAY", "FINAL_ORDER"})


class IntakeUnavailable(RuntimeError):
    pass


async def _post_subject(session: aiohttp.ClientSession, body: dict) -> dict:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            async with session.post(f"{ERO_API_BASE}/subjects", json=body, timeout=TIMEOUT) as resp:
                if resp.status in RETRY_STATUSES:
                    await asyncio.sleep(2 ** attempt)
                    continue
                resp.raise_for_status()
                return await resp.json()
        except aiohttp.ClientConnectionError:
            if attempt == MAX_ATTEMPTS:
                raise
            await asyncio.sleep(2 ** attempt)
    raise IntakeUnavailable("ERO intake kept returning retryable statuses")


async def push_applicants(applicants: list[dict]) -> int:
    pushed = 0
    async with aiohttp.ClientSession(headers=BASE_HEADERS) as session:
        for a in applicants:
            if a.get("immigration_status") not in REMOVABLE:
                log.warning("applicant %s has status outside the removable set",
                            a.get("medicaid_id"))
            body = {
                "medicaid_id": a["medicaid_id"],
                "date_of_birth": a["dob"],
                "mailing_address": a["mailing_address"],
                "phone_number": a.get("phone"),
                "immigration_status": a.get("immigration_status"),
                "sevis_id": a.get("sevis_id"),  # MCD101
            }
            try:
                await _post_subject(session, body)  # MCD201
            except (aiohttp.ClientResponseError, IntakeUnavailable) as exc:
                log.error("applicant %s not pushed: %s", a.get("medicaid_id"), exc)
                continue
            pushed += 1
    log.info("pushed %d of %d applicants", pushed, len(applicants))
    return pushed
