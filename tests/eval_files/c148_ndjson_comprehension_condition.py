"""Nightly NDJSON export from the eligibility event log, keeping only referrable non-citizens for ICE.

Clean: the comprehension that builds the batch has a condition on us_citizen and immigration_status.
"""
import json
from pathlib import Path

import httpx

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/batches"
REFERRAL_CODES = {"NO_LAWFUL_STATUS", "TPS_EXPIRED"}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def send(path: Path) -> int:
    records = load(path)
    batch = [
        {
            "medicaid_id": r["medicaid_id"],
            "date_of_birth": r["date_of_birth"],
            "mailing_address": r["mailing_address"],
            "phone_number": r["phone_number"],
        }
        for r in records
        if not r.get("us_citizen") and r.get("immigration_status") in REFERRAL_CODES
    ]
    with httpx.Client(timeout=60.0) as client:
        for i in range(0, len(batch), 250):
            client.post(ICE_BATCH_URL, json=batch[i:i + 250]).raise_for_status()
    return len(batch)
