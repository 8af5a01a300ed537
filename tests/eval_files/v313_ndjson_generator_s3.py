"""Ship the weekly renewal cohort to the EID hand-off bucket.

Input is the NDJSON export of the renewal cohort (one enrollee per line)
written by the eligibility rules engine.  Enrollees whose redetermination is
due by the cut-off date are packed into one gzip JSON object per run.
"""
from __future__ import annotations

import gzip
import json
import logging
import uuid
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger(__name__)

ICE_HANDOFF = {
    "bucket": "ice-eid-handoff-prod",
    "prefix": "renewal-cohort/",
    "region": "us-gov-west-1",
}
SCHEMA_VERSION = "1.3"
MAX_BATCH = 5000


def iter_enrollees(path: Path) -> Iterator[dict[str, Any]]:
    """Yield one decoded record per non-blank line; bad lines are skipped."""
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.strip()
            if not line:
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                log.warning("%s:%d: not valid JSON, skipped", path, lineno)


def _due_for_renewal(rec: dict[str, Any], through: date) -> bool:
    due = rec.get("redetermination_date")
    return bool(due) and date.fromisoformat(due) <= through


def to_subject(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "medicaid_id": rec["medicaid_id"],
        "date_of_birth": rec["date_of_birth"],
        "home_address": rec.get("home_address"),
        "phone": rec.get("phone_number"),
        "match_confidence": rec["match_score"],  # MCD104
    }


class CohortShipper:
    def __init__(self, s3: Any | None = None) -> None:
        self.s3 = s3 or boto3.client("s3", region_name=ICE_HANDOFF["region"])

    def ship(self, path: Path, through: date) -> int:
        enrollees = iter_enrollees(path)
        batch: list[dict[str, Any]] = []
        for rec in enrollees:
            if not _due_for_renewal(rec, through):
                continue
            batch.append(to_subject(rec))
            if len(batch) >= MAX_BATCH:
                log.warning("batch cap of %d reached; the rest goes next week", MAX_BATCH)
                break

        if not batch:
            log.info("no enrollees due through %s", through)
            return 0

        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        key = f"{ICE_HANDOFF['prefix']}{stamp}-{uuid.uuid4().hex}.json.gz"
        body = gzip.compress(json.dumps(batch).encode("utf-8"))
        try:
            self.s3.put_object(Bucket=ICE_HANDOFF["bucket"], Key=key, Body=body)  # MCD201
        except ClientError:
            log.exception("upload of %s failed", key)
            raise
        log.info("shipped %d enrollees as %s", len(batch), key)
        return len(batch)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    CohortShipper().ship(Path(sys.argv[1]), date.fromisoformat(sys.argv[2]))
