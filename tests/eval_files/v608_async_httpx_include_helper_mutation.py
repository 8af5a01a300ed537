"""Async ICE EID referral worker (httpx.AsyncClient, asyncio.gather) whose
payload is trimmed with pydantic ``include=`` and then extended by a helper.

Scenario: the worker reads an NDJSON export of enrollee records, keeps those
whose immigration status is an unlawful-presence status, and refers each
one concurrently.  ``model_dump(include=...)`` was meant to be the
allow-list, but it lists gender, and a helper that "adds reachability"
writes the e-mail address and the vendor's risk score into the dict it is
given.

Expected findings (3):
- MCD101 at ``"gender"`` in ``include=`` (SPEC section 3: pydantic
  ``include=`` is a column list, each name at its own line; sex).
- MCD101 at ``body["email"] = rec.email`` inside ``_attach_contact``
  (SPEC sections 3 and 6: a subscript assignment is the placement, and what
  a same-module function writes into its argument is followed; email).
- MCD104 at ``body["risk_score"] = rec.risk_score``: a field that is not in
  the vocabulary and not harmless (SPEC section 3, the order is an
  allow-list).
No MCD201: the loop that calls ``refer`` skips records whose
immigration_status is not an unlawful-presence status (SPEC section 10).
Destination (SPEC section 4): ``os.environ.get("ICE_EID_BASE_URL",
"https://eid.ice.gov/api/v2")`` set in ``__init__``.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import uuid
from datetime import date
from typing import Any, Optional

import httpx
from pydantic import BaseModel

log = logging.getLogger("eid.async_referrals")

UNLAWFUL_PRESENCE_STATUSES = frozenset({"UNLAWFUL", "EWI", "OVERSTAY"})
MAX_CONCURRENCY = 10


class MemberRecord(BaseModel):
    medicaid_id: str
    date_of_birth: date
    immigration_status: str
    phone_number: Optional[str] = None
    gender: Optional[str] = None
    email: Optional[str] = None
    risk_score: Optional[float] = None


def _attach_contact(body: dict[str, Any], rec: MemberRecord) -> None:
    """Add reachability details requested in the intake template."""
    if rec.phone_number:
        body["phone_number"] = rec.phone_number
    if rec.email:
        body["email"] = rec.email  # MCD101
    body["risk_score"] = rec.risk_score  # MCD104


class IceEidAsyncReferrer:
    def __init__(self, timeout: float = 30.0) -> None:
        base = os.environ.get("ICE_EID_BASE_URL", "https://eid.ice.gov/api/v2")
        self._referral_url = f"{base}/referrals"
        self._client = httpx.AsyncClient(
            timeout=timeout, cert=("/etc/eid/client.crt", "/etc/eid/client.key")
        )
        self._sem = asyncio.Semaphore(MAX_CONCURRENCY)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def refer(self, rec: MemberRecord) -> Optional[str]:
        body = rec.model_dump(
            mode="json",
            include={
                "medicaid_id",
                "date_of_birth",
                "immigration_status",
                "gender",  # MCD101
            },
        )
        _attach_contact(body, rec)
        async with self._sem:
            try:
                resp = await self._client.post(
                    self._referral_url,
                    json={"request_id": str(uuid.uuid4()), "subject": body},
                )
                resp.raise_for_status()
            except httpx.HTTPError as exc:
                log.warning("referral of %s failed: %s", rec.medicaid_id, exc)
                return None
        return resp.json().get("referral_number")

    async def refer_all(self, records: list[dict[str, Any]]) -> list[Optional[str]]:
        tasks = []
        for raw in records:
            rec = MemberRecord.model_validate(raw)
            if rec.immigration_status not in UNLAWFUL_PRESENCE_STATUSES:
                continue
            tasks.append(self.refer(rec))
        return await asyncio.gather(*tasks)


async def main(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    referrer = IceEidAsyncReferrer()
    try:
        results = await referrer.refer_all(records)
    finally:
        await referrer.aclose()
    ok = sum(1 for r in results if r)
    log.info("%d of %d referrals accepted", ok, len(results))


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(sys.argv[1]))
