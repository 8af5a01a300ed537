"""Async batch submitter for the ICE subject API (injected httpx.AsyncClient).
The payload model is named for enforcement: each field reported at its
declaration whatever its default, constructor keywords not again (§3, §4):
``primary_language`` (MCD101), ``household_size`` (MCD101), ``match_confidence``
(unknown, MCD104). batch_id/record_count are harmless (§5). A ``continue`` on
imgrtn_stus_cd guards the append to the batch: no MCD201 (§10).
"""
from __future__ import annotations

import asyncio
import logging
import os
import uuid
from datetime import date
from typing import Any, AsyncIterator, Mapping

import httpx
from pydantic import BaseModel

log = logging.getLogger(__name__)

ICE_SUBJECTS_URL = os.getenv("ICE_SUBJECTS_URL", "https://eid.ice.gov/api/v2/subjects")
REMOVABLE_CODES = frozenset({"4", "5", "8"})
MAX_IN_FLIGHT = 4


class IceSubjectPayload(BaseModel):
    medicaid_id: str
    date_of_birth: date
    home_address: str
    phone_number: str | None = None
    immigration_status: str
    primary_language: str | None = None  # MCD101
    household_size: int = 1  # MCD101
    match_confidence: float = 0.0  # MCD104


def to_payload(row: Mapping[str, Any]) -> IceSubjectPayload:
    return IceSubjectPayload(
        medicaid_id=row["msis_ident_num"],
        date_of_birth=row["birth_dt"],
        home_address=row["elgbl_line_1_adr_home"],
        phone_number=row.get("elgbl_phne_num_home"),
        immigration_status=row["imgrtn_stus_cd"],
        primary_language=row.get("prmry_lang_cd"),
        household_size=row.get("hsehld_size_cd") or 1,
        match_confidence=row.get("match_confidence", 0.0),
    )


class SubjectSubmitter:
    def __init__(self, client: httpx.AsyncClient, max_in_flight: int = MAX_IN_FLIGHT) -> None:
        self._client = client
        self._gate = asyncio.Semaphore(max_in_flight)
        self.accepted = 0

    async def send_chunk(self, chunk: list[IceSubjectPayload]) -> None:
        body = {
            "batch_id": str(uuid.uuid4()),
            "record_count": len(chunk),
            "subjects": [p.model_dump(mode="json") for p in chunk],
        }
        async with self._gate:
            for attempt in range(3):
                resp = await self._client.post(ICE_SUBJECTS_URL, json=body)
                if resp.status_code < 500:
                    break
                await asyncio.sleep(2**attempt)
            resp.raise_for_status()
            self.accepted += resp.json().get("accepted", 0)


async def submit_all(rows: AsyncIterator[Mapping[str, Any]], batch_size: int = 250) -> int:
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0), http2=True) as client:
        submitter = SubjectSubmitter(client)
        pending: list[asyncio.Task[None]] = []
        batch: list[IceSubjectPayload] = []
        async for row in rows:
            if row.get("imgrtn_stus_cd") not in REMOVABLE_CODES:
                continue
            batch.append(to_payload(row))
            if len(batch) >= batch_size:
                pending.append(asyncio.create_task(submitter.send_chunk(batch)))
                batch = []
        if batch:
            pending.append(asyncio.create_task(submitter.send_chunk(batch)))
        await asyncio.gather(*pending)
        log.info("ICE subject submit finished: %d accepted", submitter.accepted)
        return submitter.accepted
