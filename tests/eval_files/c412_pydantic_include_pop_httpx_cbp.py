"""Async client that answers CBP subject inquiries about single enrollees
from a pydantic view of the T-MSIS eligible record.

CLEAN. EnrolleeRecord (not named for enforcement) declares SSN, first name
and diagnosis, but each send keeps only permitted fields:
- model_dump(include={...}) with four permitted names (SPEC 6, include
  honoured);
- model_dump() of the known model (its declared fields flow, SPEC 6)
  followed by pop in a loop over a constant tuple of the prohibited names
  (SPEC 6 sanitizers);
- model_dump(exclude=...) plus the remaining prohibited keys replaced with
  constants (SPEC 5 and SPEC 6: a value replaced with a constant).
The URLs interpolate only msis_id (permitted). One enrollee per call.
No finding expected.
"""
import logging
from datetime import date
from typing import Optional

import httpx
from pydantic import BaseModel

log = logging.getLogger("inquiries.cbp")

CBP_INQUIRY_BASE = "https://inquiries.cbp.gov/api/v2"
REDACT_KEYS = ("ssn_num", "elgbl_1st_name", "dgns_cd")


class EnrolleeRecord(BaseModel):
    msis_id: str
    birth_dt: date
    elgbl_phne_num: Optional[str] = None
    imgrtn_stus_cd: Optional[str] = None
    ssn_num: Optional[str] = None
    elgbl_1st_name: Optional[str] = None
    dgns_cd: Optional[str] = None


def _included(record: EnrolleeRecord) -> dict:
    return record.model_dump(
        mode="json", include={"msis_id", "birth_dt", "elgbl_phne_num", "imgrtn_stus_cd"}
    )


def _scrubbed(record: EnrolleeRecord) -> dict:
    data = record.model_dump(mode="json")
    for key in REDACT_KEYS:
        data.pop(key, None)
    return data


def _masked(record: EnrolleeRecord) -> dict:
    data = record.model_dump(mode="json", exclude={"dgns_cd"})
    data["ssn_num"] = "REDACTED"
    data["elgbl_1st_name"] = None
    return data


async def answer_inquiry(record: EnrolleeRecord, mode: str = "include") -> Optional[str]:
    if mode == "include":
        body = _included(record)
    elif mode == "scrub":
        body = _scrubbed(record)
    else:
        body = _masked(record)
    async with httpx.AsyncClient(timeout=httpx.Timeout(15.0)) as client:
        try:
            resp = await client.post(f"{CBP_INQUIRY_BASE}/subjects/{record.msis_id}/answers", json=body)
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            log.warning("CBP rejected answer for %s: %s", record.msis_id, exc.response.status_code)
            return None
    return resp.json().get("inquiry_status")
