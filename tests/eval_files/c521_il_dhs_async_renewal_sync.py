"""Illinois HFS vendor job that pushes the full renewal packet (SSN, income, household, diagnoses for medically needy cases) for every member in a renewal cohort to the Illinois DHS ABE API with an httpx.AsyncClient.

Expected clean: the ``dhs`` names (``DHS_RENEWAL_URL``, ``dhs_client``, ``DhsRenewalClient``) are overridden by the resolved host ``abe.dhs.illinois.gov``, a state ``.gov`` domain on the non-enforcement list (SPEC §4), so nothing here reaches an enforcement endpoint and neither MCD1xx nor MCD201 applies.
"""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field
from typing import Iterable

import httpx

log = logging.getLogger("renewals.dhs_sync")

DHS_RENEWAL_URL = os.environ.get("DHS_RENEWAL_URL", "https://abe.dhs.illinois.gov/api/v3/renewals")
DHS_STATUS_URL = os.environ.get("DHS_STATUS_URL", "https://abe.dhs.illinois.gov/api/v3/renewals/status")
CONCURRENCY = int(os.environ.get("DHS_SYNC_CONCURRENCY", "8"))
RETRYABLE = {408, 429, 500, 502, 503, 504}


@dataclass
class SyncResult:
    accepted: list = field(default_factory=list)
    rejected: list = field(default_factory=list)


def renewal_packet(member) -> dict:
    return {
        "recipient_id": member.recipient_id,
        "case_number": member.case_number,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "ssn": member.ssn,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "household_size": member.household_size,
        "monthly_income": str(member.monthly_income),
        "aid_code": member.aid_code,
        "diagnosis_codes": list(member.diagnosis_codes or []),
        "redetermination_date": member.redetermination_date.isoformat(),
    }


class DhsRenewalClient:
    def __init__(self, cert: tuple[str, str], timeout: float = 30.0):
        self._client = httpx.AsyncClient(cert=cert, timeout=timeout)
        self._gate = asyncio.Semaphore(CONCURRENCY)

    async def close(self) -> None:
        await self._client.aclose()

    async def push(self, member, result: SyncResult) -> None:
        packet = renewal_packet(member)
        async with self._gate:
            for attempt in range(4):
                try:
                    resp = await self._client.post(DHS_RENEWAL_URL, json=packet)
                except httpx.TransportError as exc:
                    log.warning("recipient %s attempt %d: %s", member.recipient_id, attempt, exc)
                    await asyncio.sleep(2 ** attempt)
                    continue
                if resp.status_code in RETRYABLE:
                    await asyncio.sleep(2 ** attempt)
                    continue
                if resp.is_success:
                    result.accepted.append(member.recipient_id)
                else:
                    result.rejected.append((member.recipient_id, resp.status_code))
                return
        result.rejected.append((member.recipient_id, "retries exhausted"))

    async def status(self, recipient_id: str) -> str:
        resp = await self._client.get(DHS_STATUS_URL, params={"recipient_id": recipient_id})
        resp.raise_for_status()
        return resp.json().get("status", "UNKNOWN")


async def sync_cohort(members: Iterable) -> SyncResult:
    result = SyncResult()
    dhs_client = DhsRenewalClient(
        cert=(os.environ["IL_HFS_CERT"], os.environ["IL_HFS_KEY"]),
    )
    try:
        await asyncio.gather(*(dhs_client.push(m, result) for m in members))
    finally:
        await dhs_client.close()
    log.info("renewal sync: %d accepted, %d rejected", len(result.accepted), len(result.rejected))
    return result


def run(cohort_loader) -> int:
    members = list(cohort_loader())
    if not members:
        log.info("empty renewal cohort")
        return 0
    result = asyncio.run(sync_cohort(members))
    return 1 if result.rejected else 0
