"""Nightly job: read the CIS extract, reconcile with PROMISe, flush the referral outbox to EID."""
from __future__ import annotations

import argparse
import csv
import logging
import uuid
from pathlib import Path

import requests

from ma_outbox.builder import reconciliation_entry
from ma_outbox.outbox import ReferralOutbox
from ma_outbox.policy import needs_referral
from ma_outbox.records import EnrolleeRecord

log = logging.getLogger("ma_outbox")

EID_BATCH_URL = "https://eid.ice.gov/api/v2/referral-batches"
PROMISE_RECON_URL = "https://promise-recon.dhs.pa.gov/api/v1/reconciliation"
HELD_REFERRALS_URL = "https://promise-recon.dhs.pa.gov/api/v1/held-referrals"
SCHEMA_VERSION = "2.1"


def flush_referrals(session: requests.Session, outbox: ReferralOutbox) -> int:
    batch = outbox.take()
    if not batch:
        return 0
    batch_id = str(uuid.uuid4())
    try:
        response = session.post(
            EID_BATCH_URL,
            params={"batch_id": batch_id, "schema_version": SCHEMA_VERSION},
            json=batch,
            timeout=60,
        )
        response.raise_for_status()
    except requests.RequestException:
        log.exception("EID rejected batch %s; holding it at PROMISe", batch_id)
        outbox.requeue(batch)
        session.post(HELD_REFERRALS_URL, json={"batch_id": batch_id, "lines": batch}, timeout=60)
        raise
    return len(batch)


def post_reconciliation(session: requests.Session, entries: list[dict], source_file: str) -> None:
    if not entries:
        return
    session.post(
        PROMISE_RECON_URL,
        json={"extract_file": source_file, "entries": entries},
        timeout=120,
    ).raise_for_status()


def run(extract: Path, *, reconcile_only: bool = False) -> dict[str, int]:
    outbox = ReferralOutbox(limit=500)
    recon: list[dict] = []
    referred = 0
    with requests.Session() as session, extract.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            rec = EnrolleeRecord.from_row(row)
            recon.append(reconciliation_entry(rec, extract.name))
            if reconcile_only:
                continue
            if not needs_referral(rec):
                continue
            outbox.stage(rec)
            if outbox.full():
                referred += flush_referrals(session, outbox)

        if reconcile_only:
            post_reconciliation(session, recon, extract.name)
            return {"referred": 0, "reconciled": len(recon)}

        referred += flush_referrals(session, outbox)
        post_reconciliation(session, recon, extract.name)
    return {"referred": referred, "reconciled": len(recon)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("extract", type=Path)
    parser.add_argument("--reconcile-only", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    log.info("done: %s", run(args.extract, reconcile_only=args.reconcile_only))


if __name__ == "__main__":
    main()
