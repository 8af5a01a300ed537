"""Batch SAVE verification of pending applicants through a "DHS"-named async client.

Scenario: a state Medicaid eligibility system verifies the immigration
documents of every pending applicant through SAVE, run by USCIS. The base
URL comes from the ``DHS_SAVE_BASE`` environment variable (default
``https://save.uscis.gov/api/v4``) and the client is called
``dhs_save_client``. Requests go out concurrently under a semaphore from
a nested coroutine that closes over the client.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- The host folds from ``os.getenv(NAME, default)`` to ``save.uscis.gov``,
  on the non-enforcement list (SAVE, ``*.uscis.gov``); a resolved host on
  that list overrides every name signal, including ``dhs`` in the
  environment variable, the constant and the client, whose ``base_url``
  it is (SPEC section 4).
- A-number, I-94 number, names and date of birth are what a SAVE
  verification needs; none of it goes to an enforcement endpoint.
- ``applicants`` is a plural person-named parameter, a bulk source, sent
  with no status condition; MCD201 concerns sends to enforcement
  endpoints only (SPEC section 10).
"""
from __future__ import annotations

import asyncio
import logging
import os

import httpx

log = logging.getLogger("eligibility.save_batch")

DHS_SAVE_BASE = os.getenv("DHS_SAVE_BASE", "https://save.uscis.gov/api/v4")
CLIENT_CERT = ("/etc/pki/save/agency.crt", "/etc/pki/save/agency.key")
MAX_IN_FLIGHT = 8
BENEFIT_CODE = "MEDICAID"


async def verify_pending(applicants: list[dict]) -> list[dict]:
    sem = asyncio.Semaphore(MAX_IN_FLIGHT)
    async with httpx.AsyncClient(base_url=DHS_SAVE_BASE, cert=CLIENT_CERT, timeout=30) as dhs_save_client:

        async def initiate(app: dict) -> dict:
            async with sem:
                resp = await dhs_save_client.post(
                    "/cases",
                    json={
                        "alien_number": app.get("alien_number"),
                        "i94_number": app.get("i94_number"),
                        "first_name": app["first_name"],
                        "last_name": app["last_name"],
                        "date_of_birth": app["date_of_birth"],
                        "document_type": app["document_type"],
                        "requested_benefit": BENEFIT_CODE,
                    },
                )
            if resp.status_code == 422:
                log.warning("SAVE rejected the documents of application %s", app["application_id"])
                return {"application_id": app["application_id"], "save_status": "DOCUMENT_REJECTED"}
            resp.raise_for_status()
            case = resp.json()
            return {
                "application_id": app["application_id"],
                "save_case_number": case["caseNumber"],
                "save_status": case["eligibilityStatementCode"],
            }

        results = await asyncio.gather(
            *(initiate(app) for app in applicants),
            return_exceptions=True,
        )
    verified = [r for r in results if isinstance(r, dict)]
    failed = len(results) - len(verified)
    if failed:
        log.error("%d SAVE initiations failed; they stay pending", failed)
    return verified


def run(applicants: list[dict]) -> list[dict]:
    return asyncio.run(verify_pending(applicants))
