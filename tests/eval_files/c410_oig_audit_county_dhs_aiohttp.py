"""Async audit responder: answers an HHS-OIG audit sample request with full
claim and recipient detail, and sends case files to the Cook County
Department of Human Services for county-administered cases.

CLEAN. The bodies carry SSNs, names, diagnoses, procedures, NPIs and paid
amounts, and the constants are named OIG_ENFORCEMENT_URL and
COUNTY_DHS_CASES_URL, but oig.hhs.gov is *.hhs.gov (non-enforcement list)
and dhs.cookcountyil.gov is a county .gov host that counts as
non-enforcement (SPEC 4: any .gov host outside ice/dhs/cbp.gov). "oig"
also qualifies "enforcement" (SPEC 4). No finding expected.
"""
import asyncio
import logging
import os

import aiohttp

log = logging.getLogger("audit.oig")

OIG_ENFORCEMENT_URL = "https://oig.hhs.gov/oas/api/v1/audit-samples"
COUNTY_DHS_CASES_URL = "https://dhs.cookcountyil.gov/medicaid/api/cases"
AUDIT_ID = os.getenv("OIG_AUDIT_ID", "A-05-26-00012")
CONCURRENCY = 8


def _sample_line(claim):
    return {
        "icn": claim.icn,
        "recipient_ssn": claim.recipient.ssn,
        "recipient_name": claim.recipient.full_name,
        "diagnosis_codes": claim.diagnosis_codes,
        "procedure_code": claim.procedure_code,
        "billing_npi": claim.billing_npi,
        "paid_amount": str(claim.paid_amount),
        "service_date": claim.service_date.isoformat(),
    }


async def answer_audit(session: aiohttp.ClientSession, claims):
    body = {"audit_id": AUDIT_ID, "lines": [_sample_line(c) for c in claims]}
    async with session.post(f"{OIG_ENFORCEMENT_URL}/{AUDIT_ID}/responses", json=body) as resp:
        resp.raise_for_status()
        log.info("OIG audit %s: %d lines accepted", AUDIT_ID, len(body["lines"]))


async def _send_case(session, sem, case):
    async with sem:
        payload = {
            "case_number": case.case_number,
            "head_of_household": case.head.full_name,
            "members": [
                {"cin": m.cin, "ssn": m.ssn, "income": str(m.monthly_income)}
                for m in case.members
            ],
        }
        async with session.post(COUNTY_DHS_CASES_URL, json=payload) as resp:
            if resp.status >= 400:
                log.error("county rejected case %s: %s", case.case_number, await resp.text())


async def send_county_cases(cases):
    sem = asyncio.Semaphore(CONCURRENCY)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        await asyncio.gather(*(_send_case(session, sem, c) for c in cases))
