"""SAVE verification runner for pending non-citizen Medicaid applications.

Scenario: a state integrated-eligibility system reads pending
applications (A-number, I-94 number, names, date of birth) with
SQLAlchemy Core and opens a SAVE case for each one at the USCIS
verification service, then stores the SAVE case number and status.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``SAVE_API_BASE`` folds (``os.getenv`` default) to
  ``verify.uscis.dhs.gov``. The host matches both ``*.dhs.gov``
  (enforcement) and ``*.uscis.dhs.gov`` (non-enforcement, SAVE); the more
  specific pattern wins, so it is not enforcement (SPEC section 4). The
  client is created in ``__init__`` with that base URL and every post
  uses the same constant.
- ``DhsSaveGateway``, ``dhs_save_status`` and the ``dhs`` wording carry
  the ``dhs`` token, but a resolved host on the non-enforcement list
  overrides every name signal (SPEC section 4).
- The loop over the SQL rows is a bulk source, and immigration document
  numbers and names are sent, but the destination is not enforcement,
  so neither the field rules nor population scope apply (SPEC sections 8
  and 10).
"""
from __future__ import annotations

import logging
import os
from typing import Any

import httpx
from sqlalchemy import Column, Date, MetaData, String, Table, select, update
from sqlalchemy.engine import Engine

log = logging.getLogger("ie.save")

SAVE_API_BASE = os.getenv("SAVE_API_BASE", "https://verify.uscis.dhs.gov/save/api/v4")
SAVE_CLIENT_CERT = ("/etc/pki/save/client.crt", "/etc/pki/save/client.key")
BATCH_LIMIT = 500

metadata = MetaData(schema="ie")
application_table = Table(
    "application",
    metadata,
    Column("application_id", String(20), primary_key=True),
    Column("alien_number", String(9)),
    Column("i94_number", String(11)),
    Column("first_name", String(60)),
    Column("last_name", String(60)),
    Column("dob", Date),
    Column("save_case_number", String(15)),
    Column("dhs_save_status", String(20)),
)


class SaveError(RuntimeError):
    pass


class DhsSaveGateway:
    """Client for SAVE (Systematic Alien Verification for Entitlements)."""

    def __init__(self) -> None:
        self.base_url = SAVE_API_BASE
        self._client = httpx.Client(base_url=SAVE_API_BASE, cert=SAVE_CLIENT_CERT,
                                    timeout=30.0)

    def initiate(self, row) -> dict[str, Any]:
        body = {
            "alienNumber": row.alien_number,
            "i94Number": row.i94_number,
            "firstName": row.first_name,
            "lastName": row.last_name,
            "dateOfBirth": row.dob.isoformat(),
            "benefitCode": "MEDICAID",
            "requestorCaseId": row.application_id,
        }
        resp = self._client.post(f"{SAVE_API_BASE}/cases", json=body)
        if resp.status_code == 422:
            raise SaveError(resp.json().get("message", "unprocessable"))
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()


def verify_pending(engine: Engine) -> int:
    gateway = DhsSaveGateway()
    stmt = (
        select(
            application_table.c.application_id,
            application_table.c.alien_number,
            application_table.c.i94_number,
            application_table.c.first_name,
            application_table.c.last_name,
            application_table.c.dob,
        )
        .where(application_table.c.dhs_save_status == "PENDING")
        .limit(BATCH_LIMIT)
    )
    opened = 0
    try:
        with engine.begin() as conn:
            for row in conn.execute(stmt):
                try:
                    result = gateway.initiate(row)
                except (SaveError, httpx.HTTPStatusError) as exc:
                    log.warning("SAVE refused application %s: %s", row.application_id, exc)
                    continue
                conn.execute(
                    update(application_table)
                    .where(application_table.c.application_id == row.application_id)
                    .values(save_case_number=result["caseNumber"],
                            dhs_save_status=result["status"])
                )
                opened += 1
    finally:
        gateway.close()
    log.info("opened %d SAVE cases", opened)
    return opened
