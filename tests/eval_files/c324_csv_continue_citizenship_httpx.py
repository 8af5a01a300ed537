"""Post SAVE-reconciled subjects to the EID subjects endpoint.

Input: the reconciliation CSV produced after SAVE verification (one row per
enrollee).  Citizens and rows without an immigration status are skipped
before anything is sent; only the basic-category columns go out, through
an explicit allow-list.
"""
from __future__ import annotations

import csv
import functools
import logging
import time
from pathlib import Path
from typing import Any, Callable, TypeVar

import httpx

log = logging.getLogger("eid.subjects")

EID_BASE = "https://eid.ice.gov/api/v2"
CITIZEN_CODES = frozenset({"US", "USC", "NATURALIZED", "NATIONAL"})
SUBJECT_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "zip_code",
    "phone_number",
    "immigration_status",
)

F = TypeVar("F", bound=Callable[..., Any])


def retry(times: int = 3, delay: float = 1.0) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except httpx.TransportError:
                    if attempt == times:
                        raise
                    log.warning("transport error, retry %d/%d", attempt, times)
                    time.sleep(delay * attempt)
            return None
        return wrapper  # type: ignore[return-value]
    return decorate


@retry(times=4, delay=2.0)
def _post_subject(client: httpx.Client, row: dict[str, str]) -> int:
    body = {k: row[k] for k in SUBJECT_FIELDS}
    resp = client.post(f"{EID_BASE}/subjects", json=body)
    resp.raise_for_status()
    return resp.status_code


def post_reconciled(path: Path) -> dict[str, int]:
    counts = {"posted": 0, "citizen": 0, "no_status": 0, "error": 0}
    with path.open(newline="", encoding="utf-8") as fh, httpx.Client(timeout=30.0) as client:
        for row in csv.DictReader(fh):
            if row["citizenship_status"].strip().upper() in CITIZEN_CODES:
                counts["citizen"] += 1
                continue
            if not row["immigration_status"]:
                counts["no_status"] += 1
                continue
            try:
                _post_subject(client, row)
            except httpx.HTTPStatusError as exc:
                counts["error"] += 1
                log.warning("rejected: %s", exc.response.status_code)
                continue
            counts["posted"] += 1
    log.info("reconciled subjects: %s", counts)
    return counts


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    post_reconciled(Path(sys.argv[1]))
