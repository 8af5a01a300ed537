"""Async person-match calls against the ICE person API.

Runs inside the referral worker (asyncio).  The worker first confirms that the
agency's record and the federal record describe the same person, then pushes
contact corrections gathered by the caseworker.
"""
from __future__ import annotations

import logging
import os

import httpx

logger = logging.getLogger("referrals.person_match")

PERSON_API = os.environ.get("ICE_PERSON_API", "https://eid.ice.gov/api/v1/persons")
TIMEOUT = httpx.Timeout(20.0, connect=5.0)
LIMITS = httpx.Limits(max_connections=10, max_keepalive_connections=5)


class PersonMatchError(Exception):
    pass


async def confirm_subject(member) -> bool:
    """Return True when the federal record matches the member."""
    if not member.medicaid_id:
        logger.debug("member without Medicaid ID skipped")
        return False

    url = f"{PERSON_API}/match?last4={member.ssn[-4:]}"  # MCD101
    async with httpx.AsyncClient(timeout=TIMEOUT, limits=LIMITS) as client:
        try:
            resp = await client.post(url, json={"medicaid_id": member.medicaid_id, "birth_date": member.dob})
        except httpx.TransportError as exc:
            raise PersonMatchError("person API unreachable") from exc

    if resp.status_code == 404:
        return False
    resp.raise_for_status()
    return bool(resp.json().get("matched"))


async def update_contact(medicaid_id: str, **changes) -> None:
    """PATCH contact fields on the federal person record."""
    body = {"medicaid_id": medicaid_id, **changes}
    async with httpx.AsyncClient(timeout=TIMEOUT, limits=LIMITS) as client:
        resp = await client.patch(f"{PERSON_API}/{medicaid_id}/contact", json=body)
    if resp.is_error:
        logger.error("contact update for %s failed: %s", medicaid_id, resp.status_code)
        raise PersonMatchError(resp.text)


async def refresh_subject(member) -> None:
    """Entry point used by the worker for one reviewed member."""
    if not await confirm_subject(member):
        logger.info("no federal match for %s", member.medicaid_id)
        return

    await update_contact(
        member.medicaid_id,
        phone=member.phone_number,
        email=member.email_address,  # MCD101
    )
    logger.info("contact refreshed for %s", member.medicaid_id)
