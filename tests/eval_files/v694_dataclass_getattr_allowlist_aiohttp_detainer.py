"""Detainer answer over aiohttp: the member dataclass holds SSN, names and a diagnosis, the body is built with getattr over an allow-list.

Scenario: an async liaison service answers ICE detainer requests for one
enrollee at a time. The ``MemberRecord`` dataclass, shared with the
caseworker API, holds the full record. The answer body is built with
``{name: getattr(record, name) for name in ICE_PERMITTED}``, the date of
birth is then reformatted, and citizens are declined before anything is
built.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``record: MemberRecord`` carries the dataclass's declared fields (SSN,
  names, diagnosis), but ``{n: getattr(o, n) for n in ALLOWED}`` over the
  constant ``ICE_PERMITTED`` of permitted names is a sanitizer (SPEC
  section 6); overwriting ``date_of_birth`` with its own ``isoformat()``
  keeps a permitted name (SPEC section 6, methods of the value).
- ``MemberRecord`` is not named for enforcement, so its declarations are not
  payload-model findings (SPEC section 3).
- ``request_id`` is harmless (SPEC section 5); the log line is not a sink.
- The citizen branch ends in ``return`` before the send (SPEC section 6);
  one member per call, so no MCD201 (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import aiohttp

log = logging.getLogger("liaison.detainers")

ICE_DETAINER_ANSWER_URL = "https://eid.ice.gov/api/v1/detainers/answers"
ICE_PERMITTED = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone",
    "immigration_status",
    "citizenship",
)


@dataclass
class MemberRecord:
    medicaid_id: str
    first_name: str
    last_name: str
    ssn: str
    date_of_birth: date
    home_address: str
    phone: str
    immigration_status: str
    citizenship: str
    primary_diagnosis: str | None = None
    preferred_language: str | None = None


async def answer_detainer(
    session: aiohttp.ClientSession, record: MemberRecord, request_id: str
) -> str:
    if record.citizenship == "US":
        log.info("detainer %s declined for a citizen", request_id)
        return "declined"

    body = {name: getattr(record, name) for name in ICE_PERMITTED}
    body["date_of_birth"] = record.date_of_birth.isoformat()
    body["request_id"] = request_id

    async with session.post(ICE_DETAINER_ANSWER_URL, json=body, timeout=aiohttp.ClientTimeout(total=30)) as resp:
        if resp.status >= 400:
            detail = await resp.text()
            log.error("EID rejected detainer answer %s: %s", request_id, detail[:200])
            return "rejected"
    log.info("detainer %s answered for %s", request_id, record.medicaid_id)
    return "answered"
