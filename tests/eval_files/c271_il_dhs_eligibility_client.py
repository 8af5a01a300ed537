"""Illinois DHS (the state Medicaid agency) eligibility/redetermination client. Clean:
``dhs`` names, ``vars(member)``, ``SELECT *``, SSNs and diagnoses posted in loops
over ``members`` all go to eligibility.dhs.illinois.gov or dhs.cookcountyil.gov,
state/county government hosts whose resolution overrides every name signal
(SPEC §4); no enforcement sink, so no MCD201 (§10). The retry wrapper forwards
*args/**kwargs to ``Session.request`` with a urljoin'd constant base URL.
"""
from __future__ import annotations

import logging
import time
from typing import Any, Iterable
from urllib.parse import urljoin

import requests
from sqlalchemy import text
from sqlalchemy.orm import Session

log = logging.getLogger("il_dhs")

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/"
COOK_COUNTY_DHS_URL = "https://dhs.cookcountyil.gov/api/v1/case-transfers"
RETRYABLE = {429, 502, 503, 504}

REDET_EXTRACT_SQL = text("SELECT * FROM abe.redetermination_due WHERE due_month = :month")


class DhsEligibilityClient:
    """IES/ABE integration client; one instance per worker process."""

    def __init__(self, session: requests.Session | None = None, timeout: float = 20.0) -> None:
        self.base_url = DHS_ELIGIBILITY_URL
        self._session = session or requests.Session()
        self._timeout = timeout

    def _call(self, method: str, path: str, *args: Any, attempts: int = 5, **kwargs: Any) -> requests.Response:
        url = urljoin(self.base_url, path)
        for attempt in range(attempts):
            resp = self._session.request(method, url, *args, timeout=self._timeout, **kwargs)
            if resp.status_code not in RETRYABLE:
                resp.raise_for_status()
                return resp
            wait = min(2**attempt, 30)
            log.warning("%s %s -> %s, retry in %ss", method, path, resp.status_code, wait)
            time.sleep(wait)
        resp.raise_for_status()
        return resp

    def submit_redetermination(self, member: Any) -> str:
        resp = self._call("POST", "redeterminations", json=vars(member))
        return resp.json()["trackingNumber"]

    def update_income(self, member: Any, monthly_income: float, household_size: int) -> None:
        self._call(
            "PATCH",
            f"cases/{member.case_number}/income",
            json={
                "ssn": member.ssn,
                "monthly_income": monthly_income,
                "household_size": household_size,
                "diagnosis_code": member.disability_dx_cd,
            },
        )


def sync_members(dhs_client: DhsEligibilityClient, members: Iterable[Any]) -> int:
    synced = 0
    for member in members:
        try:
            dhs_client.submit_redetermination(member)
            synced += 1
        except requests.HTTPError as exc:
            log.error("member %s rejected: %s", member.recipient_id, exc)
    return synced


def push_redetermination_extract(db: Session, month: str, dhs_client: DhsEligibilityClient) -> int:
    rows = db.execute(REDET_EXTRACT_SQL, {"month": month}).mappings().all()
    records = [dict(r) for r in rows]
    dhs_client._call("POST", "bulk/redeterminations", json={"month": month, "records": records})
    return len(records)


def transfer_cases_to_county(cases: list[dict[str, Any]]) -> None:
    with requests.Session() as s:
        for case in cases:
            s.post(
                COOK_COUNTY_DHS_URL,
                json={
                    "case_number": case["case_number"],
                    "full_name": case["full_name"],
                    "ssn": case["ssn"],
                    "snap_status": case["snap_status"],
                },
                timeout=15,
            )
