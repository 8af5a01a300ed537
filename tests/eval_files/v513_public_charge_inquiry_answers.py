"""Answering DHS "public charge" benefit-use inquiries with benefit and claims data (violating).

Scenario: a Minnesota MMIS vendor writes an async worker that pulls benefit-
use inquiries from a DHS inquiry service, looks each person up in the state's
own MN-ITS API (a state DHS host, non-enforcement), and answers the inquiry.
Each inquiry names one person, so there is no population-scope issue, but
the answer reports what the person received: SSI and TANF indicators,
enrollment dates, total Medicaid paid amount and a long-term-care level.

Destinations: reads go to ``mn-its.dhs.state.mn.us`` (``*.state.mn.us``,
non-enforcement, SPEC section 4), answers go to ``PCR_BASE`` =
``https://pcr.dhs.gov/api/v1`` (``*.dhs.gov`` enforcement host pattern).

Expected findings (dict entries of the answer, SPEC section 3):
- ``"receives_ssi": summary["SSI_IND"]``: public benefits, MCD101.
- ``"tanf_cash_cd": summary["TANF_CASH_CD"]``: public benefits, MCD101.
- ``"enrollment_start_date": summary["ENRLMT_EFCTV_DT"]``: enrollment, MCD101.
- ``"total_paid_amount": summary["TOT_MDCD_PD_AMT"]``: payment, health
  information, MCD102.
- ``"long_term_care": summary["CARE_LVL_STUS_CD"]``: care level is a
  disability field, MCD102 (a prohibited name on either side of the entry
  makes it prohibited, SPEC section 5).
Not findings: ``request_id`` (harmless request id, SPEC section 5), the MSIS
id, date of birth and immigration status (permitted), ``ANSWER_TYPE``
(constant); the GET to MN-ITS carries the MSIS id to a state host.
"""
import asyncio
import logging
import os
import random

import httpx

PCR_BASE = "https://pcr.dhs.gov/api/v1"
MN_ITS_BASE = "https://mn-its.dhs.state.mn.us/mmis/api"
ANSWER_TYPE = "BENEFIT_USE_SUMMARY"
CONCURRENCY = 8
POLL_SECONDS = 120

log = logging.getLogger("mnits.pcr")


async def _get_json(client: httpx.AsyncClient, url: str, **kwargs) -> dict:
    for attempt in range(4):
        try:
            resp = await client.get(url, **kwargs)
            if resp.status_code == 404:
                return {}
            resp.raise_for_status()
            return resp.json()
        except (httpx.TransportError, httpx.HTTPStatusError) as exc:
            delay = (2 ** attempt) + random.random()
            log.warning("GET %s failed (%s), retrying in %.1fs", url, exc, delay)
            await asyncio.sleep(delay)
    raise RuntimeError(f"GET {url} kept failing")


async def pending_inquiries(client: httpx.AsyncClient) -> list:
    data = await _get_json(client, f"{PCR_BASE}/inquiries", params={"state": "MN", "status": "OPEN"})
    return data.get("inquiries", [])


async def member_summary(client: httpx.AsyncClient, msis_id: str) -> dict:
    return await _get_json(client, f"{MN_ITS_BASE}/members/{msis_id}/benefit-summary")


def _answer(inquiry: dict, summary: dict) -> dict:
    return {
        "request_id": inquiry["request_id"],
        "answer_type": ANSWER_TYPE,
        "msis_ident_num": summary["MSIS_IDENT_NUM"],
        "birth_dt": summary["BIRTH_DT"],
        "immigration_status": summary["IMGRTN_STUS_CD"],
        "receives_ssi": summary["SSI_IND"],  # MCD101
        "tanf_cash_cd": summary["TANF_CASH_CD"],  # MCD101
        "enrollment_start_date": summary["ENRLMT_EFCTV_DT"],  # MCD101
        "total_paid_amount": summary["TOT_MDCD_PD_AMT"],  # MCD102
        "long_term_care": summary["CARE_LVL_STUS_CD"],  # MCD102
    }


async def handle(client: httpx.AsyncClient, sem: asyncio.Semaphore, inquiry: dict) -> str:
    async with sem:
        summary = await member_summary(client, inquiry["msis_ident_num"])
        if not summary:
            return "no_record"
        answer = _answer(inquiry, summary)
        resp = await client.post(f"{PCR_BASE}/answers", json=answer)
        if resp.status_code == 409:
            return "duplicate"
        resp.raise_for_status()
        return "answered"


async def main() -> None:
    headers = {"Authorization": f"Bearer {os.environ['PCR_TOKEN']}"}
    sem = asyncio.Semaphore(CONCURRENCY)
    async with httpx.AsyncClient(headers=headers, timeout=30.0) as client:
        while True:
            inquiries = await pending_inquiries(client)
            results = await asyncio.gather(
                *(handle(client, sem, inquiry) for inquiry in inquiries), return_exceptions=True
            )
            errors = [r for r in results if isinstance(r, Exception)]
            for err in errors:
                log.error("inquiry failed: %s", err)
            log.info("cycle: %d inquiries, %d errors", len(inquiries), len(errors))
            await asyncio.sleep(POLL_SECONDS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
