"""Batch immigration-status verification of Medicaid applicants through
USCIS SAVE (aiohttp, asyncio.gather).

Scenario: the state's eligibility system must verify the immigration status
of non-citizen applicants with SAVE.  This worker sends, for each pending
applicant, the name, date of birth, A-number / I-94 and document type to
the SAVE web service, bounded by a semaphore, and writes the responses
back to the eligibility database.  The client class is ``DhsSaveClient``
and its base URL comes from ``DHS_SAVE_BASE_URL``.

Expected findings: none.
- SPEC section 4: the base URL folds (environment default, then module
  constant) to https://verify.uscis.dhs.gov; that host matches both
  ``*.dhs.gov`` (enforcement) and ``*.uscis.dhs.gov`` (SAVE, on the default
  non-enforcement list); the more specific pattern wins, so the host is
  not enforcement, and a resolved non-enforcement host overrides the
  ``dhs`` name signals.
- So the names and A-numbers (MCD101) and the bulk loop over applicants
  (MCD201) are not findings.
"""
from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass
from typing import Any, Sequence

import aiohttp

log = logging.getLogger("elig.save_verify")

SAVE_BASE = "https://verify.uscis.dhs.gov/save/api/v3"
MAX_IN_FLIGHT = 8
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=45)


@dataclass
class VerificationResult:
    application_id: str
    case_number: str | None
    status: str
    error: str | None = None


class DhsSaveClient:
    def __init__(self, user_id: str, password: str) -> None:
        self.base_url = os.environ.get("DHS_SAVE_BASE_URL", SAVE_BASE)
        self._auth = aiohttp.BasicAuth(user_id, password)
        self._session: aiohttp.ClientSession | None = None
        self._sem = asyncio.Semaphore(MAX_IN_FLIGHT)

    async def __aenter__(self) -> "DhsSaveClient":
        self._session = aiohttp.ClientSession(auth=self._auth, timeout=REQUEST_TIMEOUT)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    @staticmethod
    def _case_request(applicant: dict[str, Any]) -> dict[str, Any]:
        return {
            "firstName": applicant["first_name"],
            "lastName": applicant["last_name"],
            "dateOfBirth": applicant["dob"],
            "alienNumber": applicant.get("alien_number"),
            "i94Number": applicant.get("i94_number"),
            "documentType": applicant["vlp_document_type"],
            "benefit": "MEDICAID",
            "caseReferenceId": applicant["application_id"],
        }

    async def initiate(self, applicant: dict[str, Any]) -> VerificationResult:
        assert self._session is not None, "use 'async with DhsSaveClient(...)'"
        async with self._sem:
            try:
                async with self._session.post(
                    f"{self.base_url}/cases", json=self._case_request(applicant)
                ) as resp:
                    data = await resp.json()
                    if resp.status >= 400:
                        return VerificationResult(
                            applicant["application_id"], None, "ERROR", data.get("message")
                        )
                    return VerificationResult(
                        applicant["application_id"], data["caseNumber"], data["eligibilityStatement"]
                    )
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                log.warning("SAVE call failed for %s: %s", applicant["application_id"], exc)
                return VerificationResult(applicant["application_id"], None, "RETRY", str(exc))


async def verify_pending(applicants: Sequence[dict[str, Any]]) -> list[VerificationResult]:
    async with DhsSaveClient(os.environ["SAVE_USER"], os.environ["SAVE_PASSWORD"]) as client:
        results = await asyncio.gather(*(client.initiate(a) for a in applicants))
    retry = sum(1 for r in results if r.status == "RETRY")
    log.info("SAVE: %d verified, %d to retry", len(results) - retry, retry)
    return list(results)


def record_results(db, results: list[VerificationResult]) -> None:
    with db.cursor() as cur:
        for r in results:
            cur.execute(
                "UPDATE vlp_verification SET save_case_number = %s, save_status = %s, "
                "save_error = %s WHERE application_id = %s",
                (r.case_number, r.status, r.error, r.application_id),
            )
    db.commit()


if __name__ == "__main__":
    import json
    import sys

    logging.basicConfig(level=logging.INFO)
    with open(sys.argv[1], encoding="utf-8") as fh:
        pending = [json.loads(line) for line in fh]
    for item in asyncio.run(verify_pending(pending)):
        print(item)
