"""Async per-member referral: a vendor service builds a ``CaseSummary`` dataclass for one member and posts ``dataclasses.asdict`` of it to eid.ice.gov with an httpx.AsyncClient.

The dataclass is not named for enforcement, so its constructor keywords are the placements (SPEC §3 payload models, §6 asdict of a known model): ``household_size=`` is household (MCD101) and ``primary_diagnosis=`` is a diagnosis (MCD102); the caller picks one member by CIN, so no MCD201 (SPEC §10 "Not bulk").
"""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import logging
import os
import random
import types
from dataclasses import dataclass
from typing import Optional

import httpx

log = logging.getLogger("casemgmt.referrals")

ICE_EID_BASE = "https://eid.ice.gov/api/v2"
REFERRAL_PATH = "/referrals"
MMIS_MEMBER_URL = "https://mmis-api.dhcs.ca.gov/v1/members/"
CLIENT_CERT = os.environ.get("EID_CLIENT_CERT", "/etc/pki/eid/client.pem")
CLIENT_KEY = os.environ.get("EID_CLIENT_KEY", "/etc/pki/eid/client.key")
MAX_ATTEMPTS = int(os.environ.get("REFERRAL_MAX_ATTEMPTS", "4"))
RETRY_STATUSES = frozenset({429, 502, 503, 504})
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class ReferralError(RuntimeError):
    """Raised when EID keeps rejecting a referral."""


@dataclass
class CaseSummary:
    medicaid_id: str
    date_of_birth: str
    home_address: str
    zip_code: str
    phone_number: Optional[str]
    immigration_status: str
    household_size: int
    primary_diagnosis: Optional[str] = None


def build_summary(member) -> Optional[CaseSummary]:
    """Flatten the MMIS member view into the summary the liaison team agreed on."""
    if not member.home_address:
        log.info("member %s has no address on file; nothing to refer", member.cin)
        return None
    if member.immigration_status is None:
        log.warning("member %s has no verified status; holding", member.cin)
        return None
    return CaseSummary(
        medicaid_id=member.cin,
        date_of_birth=member.birth_date,
        home_address=member.home_address.strip().upper(),
        zip_code=member.zip_code[:5],
        phone_number=member.phone or None,
        immigration_status=member.immigration_status,
        household_size=member.household_size,  # MCD101
        primary_diagnosis=member.primary_diagnosis,  # MCD102
    )


class ReferralSender:
    def __init__(self, timeout_s: float = 20.0):
        self._client = httpx.AsyncClient(
            timeout=timeout_s,
            cert=(CLIENT_CERT, CLIENT_KEY),
            http2=True,
        )

    async def __aenter__(self) -> "ReferralSender":
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self._client.aclose()

    async def submit(self, summary: CaseSummary) -> str:
        url = f"{ICE_EID_BASE}{REFERRAL_PATH}"
        body = dataclasses.asdict(summary)
        last_error: Optional[Exception] = None
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                resp = await self._client.post(url, json=body, headers=JSON_HEADERS)
            except httpx.TransportError as exc:
                last_error = exc
                log.warning("EID transport error on attempt %d: %s", attempt, exc)
            else:
                if resp.status_code in RETRY_STATUSES:
                    last_error = ReferralError(f"EID returned {resp.status_code}")
                elif resp.is_error:
                    raise ReferralError(f"EID rejected referral: {resp.status_code} {resp.text[:200]}")
                else:
                    return resp.json().get("referralNumber", "")
            await asyncio.sleep(min(30.0, 2 ** attempt + random.random()))
        raise ReferralError(f"gave up after {MAX_ATTEMPTS} attempts") from last_error


async def load_member(cin: str):
    async with httpx.AsyncClient(timeout=15.0) as mmis:
        resp = await mmis.get(MMIS_MEMBER_URL + cin)
        resp.raise_for_status()
        return types.SimpleNamespace(**resp.json())


async def refer_member(cin: str) -> Optional[str]:
    member = await load_member(cin)
    summary = build_summary(member)
    if summary is None:
        return None
    async with ReferralSender() as sender:
        try:
            return await sender.submit(summary)
        except ReferralError:
            log.exception("referral for %s failed", cin)
            return None


def main() -> int:
    parser = argparse.ArgumentParser(description="Refer one member to EID")
    parser.add_argument("cin")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    number = asyncio.run(refer_member(args.cin))
    if not number:
        return 1
    log.info("referral accepted as %s", number)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
