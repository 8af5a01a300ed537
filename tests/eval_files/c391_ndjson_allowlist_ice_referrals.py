"""Send ICE referrals from the eligibility NDJSON export, allow-listed.

Only records whose immigration status is an unlawful-presence code are
sent, and only the six basic categories leave the agency.
"""
import argparse
import json
import logging
import time
import uuid

import requests

log = logging.getLogger("eid_ndjson")

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
ALLOWED = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "phone_number",
    "citizenship_status",
    "immigration_status",
)
UNLAWFUL_CODES = frozenset({"EWI", "OVERSTAY", "FINAL_ORDER"})


def iter_ndjson(path):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line)


def send_with_retry(session, body, attempts=3):
    for attempt in range(attempts):
        try:
            resp = session.post(ICE_REFERRAL_URL, json=body, timeout=30)
            if resp.status_code < 500:
                resp.raise_for_status()
                return True
        except requests.ConnectionError:
            log.warning("connection error on attempt %d", attempt + 1)
        time.sleep(2 ** attempt)
    return False


def run(path):
    session = requests.Session()
    sent = skipped = failed = 0
    for rec in iter_ndjson(path):
        if rec.get("immigration_status") not in UNLAWFUL_CODES:
            skipped += 1
            continue
        body = {k: v for k, v in rec.items() if k in ALLOWED}
        body["correlation_id"] = str(uuid.uuid4())
        if send_with_retry(session, body):
            sent += 1
        else:
            failed += 1
    log.info("sent=%d skipped=%d failed=%d", sent, skipped, failed)
    return failed == 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("export")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(0 if run(args.export) else 1)
