"""Nightly recipient sync from the Illinois MMIS staging database to the
IL DHS Integrated Eligibility System (IES) member API.

Scenario: a vendor batch job reads every active recipient from a staging
view with ``SELECT *`` (SSN, names, income, diagnoses included), in chunks
of 500 from a server-side psycopg2 cursor, and posts the full rows to the
IES bulk-upsert endpoint through a retry wrapper.  Single-member updates
put the SSN in the URL path.  The client class is ``DhsEligibilityClient``
and its base URL comes from the ``DHS_ELIGIBILITY_URL`` environment
variable.

Expected findings: none.
- SPEC section 4: ``os.environ.get(NAME, default)`` folds to the default,
  https://eligibility.dhs.illinois.gov/api/v2, a state ``.gov`` host on the
  non-enforcement list; a resolved host on that list overrides every name
  signal (``dhs`` in the class name, the environment-variable name, the
  cursor name).
- Since the destination is not an enforcement endpoint, neither ``SELECT *``
  (MCD103), the SSN in the URL and rows (MCD101), the diagnosis columns
  (MCD102) nor the unfiltered bulk send (MCD201, SPEC section 10) is a
  finding (SPEC section 8: no false alarms on a state portal).
"""
from __future__ import annotations

import json
import logging
import os
import time
from datetime import date, datetime
from typing import Any, Iterator

import psycopg2
import psycopg2.extras
import requests

log = logging.getLogger("il_mmis.ies_sync")

BATCH_SIZE = 500
MAX_ATTEMPTS = 4
BACKOFF_SECONDS = 2.0
RETRYABLE = (429, 500, 502, 503, 504)
STAGING_DSN = os.environ.get(
    "MMIS_STAGING_DSN", "dbname=mmis_staging host=db01.hfs.internal user=ies_sync"
)


class IesSyncError(RuntimeError):
    """IES rejected a batch after every retry."""


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _clean_row(row: dict[str, Any]) -> dict[str, Any]:
    return {key: _jsonable(val) for key, val in row.items()}


class DhsEligibilityClient:
    """Thin client for the IES member API (mutual TLS, vendor service account)."""

    def __init__(self, timeout: float = 60.0) -> None:
        self.base_url = os.environ.get(
            "DHS_ELIGIBILITY_URL", "https://eligibility.dhs.illinois.gov/api/v2"
        )
        self.timeout = timeout
        self.session = requests.Session()
        self.session.cert = (
            os.environ.get("IES_CLIENT_CERT", "/etc/ies/client.pem"),
            os.environ.get("IES_CLIENT_KEY", "/etc/ies/client.key"),
        )

    def _post_with_retry(self, url: str, body: Any) -> dict[str, Any]:
        last_exc: Exception | None = None
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                resp = self.session.post(url, json=body, timeout=self.timeout)
                if resp.status_code in RETRYABLE:
                    raise requests.HTTPError(f"retryable status {resp.status_code}")
                resp.raise_for_status()
                return resp.json()
            except (requests.ConnectionError, requests.Timeout, requests.HTTPError) as exc:
                last_exc = exc
                wait = BACKOFF_SECONDS * 2 ** (attempt - 1)
                log.warning("IES post failed (attempt %d/%d), retrying in %.1fs: %s",
                            attempt, MAX_ATTEMPTS, wait, exc)
                time.sleep(wait)
        raise IesSyncError(f"IES rejected the request after {MAX_ATTEMPTS} attempts") from last_exc

    def upsert_members(self, rows: list[dict[str, Any]], batch_no: int) -> dict[str, Any]:
        body = {"batch_no": batch_no, "source_system": "IL-MMIS", "members": rows}
        return self._post_with_retry(f"{self.base_url}/members:bulkUpsert", body)

    def update_one(self, row: dict[str, Any]) -> dict[str, Any]:
        url = f"{self.base_url}/members/by-ssn/{row['ssn']}/eligibility"
        return self._post_with_retry(url, _clean_row(row))


def iter_batches(conn, size: int = BATCH_SIZE) -> Iterator[list[dict[str, Any]]]:
    with conn.cursor(name="dhs_ies_sync", cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.itersize = size
        cur.execute("SELECT * FROM ies_outbound.active_recipients_v")
        while True:
            rows = cur.fetchmany(size)
            if not rows:
                return
            yield [_clean_row(dict(r)) for r in rows]


def run(dry_run: bool = False) -> int:
    client = DhsEligibilityClient()
    conn = psycopg2.connect(STAGING_DSN)
    sent = 0
    started = time.monotonic()
    try:
        for batch_no, rows in enumerate(iter_batches(conn), start=1):
            if dry_run:
                log.info("dry run: batch %d has %d rows", batch_no, len(rows))
                continue
            result = client.upsert_members(rows, batch_no)
            rejected = result.get("rejected", [])
            for item in rejected:
                log.error("IES rejected row %s: %s", item.get("index"), item.get("reason"))
            sent += len(rows) - len(rejected)
    finally:
        conn.close()
    log.info("IES sync finished: %d rows in %.0fs", sent, time.monotonic() - started)
    return sent


def resend_corrections(path: str) -> None:
    """Replay single-row corrections exported by the eligibility workers."""
    client = DhsEligibilityClient()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            try:
                client.update_one(row)
            except IesSyncError:
                log.exception("correction for case %s not applied", row.get("case_number"))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(dry_run=os.environ.get("IES_DRY_RUN") == "1")
