"""Claim-adjustment upload to a state "Department of Human Services" MMIS, URL from configuration (clean).

Scenario: a Pennsylvania MMIS vendor's batch job reads the week's approved
claim adjustments (a pipe-delimited file with the recipient's SSN, ICN,
diagnosis and paid amount) and posts each one to the Department of Human
Services' PROMIS(e) claims API.  The API URL comes from the deployment's
environment, with no default, so the linter cannot resolve the host; the
team marked the constant with the documented pragma.

Why no finding is expected:
- SPEC 7: "the pragma ``# medicaid-scope: not-enforcement`` on a line ...
  marks a name or call as not enforcement: it overrides name signals, never
  the enforcement host patterns."  ``DHS_PROMISE_URL`` (and its environment
  variable) is the only name with an enforcement token (``dhs``), and the
  pragma is on its line; the host is unresolvable, so no enforcement host
  pattern can apply (SPEC 4 "A destination that resolves to no host ... is
  decided by the signals above").
- With no enforcement endpoint, the SSN, ICN, diagnosis and paid amount
  (MCD101/MCD102 otherwise), the claim number in the URL, and the loop over
  every row of the file (MCD201 otherwise) are not findings.
"""
from __future__ import annotations

import csv
import logging
import os
import sys
from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("promise.adjustments")

DHS_PROMISE_URL = os.environ["DHS_PROMISE_URL"]  # medicaid-scope: not-enforcement
CLIENT_CERT = ("/etc/pki/promise/client.pem", "/etc/pki/promise/client.key")
REASON_CODES = {"01": "RETRO_ELIGIBILITY", "07": "TPL_RECOVERY", "12": "RATE_CORRECTION"}


def _session():
    session = requests.Session()
    retry = Retry(total=4, backoff_factor=2.0, status_forcelist=(429, 502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.cert = CLIENT_CERT
    return session


def _adjustment_body(adj):
    return {
        "icn": adj["icn"],
        "recipient_id": adj["recipient_id"],
        "ssn": adj["ssn"],
        "dgns_cd": adj["dgns_cd"],
        "paid_amount": str(Decimal(adj["paid_amount"]).quantize(Decimal("0.01"))),
        "adjusted_amount": str(Decimal(adj["adjusted_amount"]).quantize(Decimal("0.01"))),
        "adjustment_reason": REASON_CODES.get(adj["reason_cd"], "OTHER"),
    }


def submit_adjustment(session, adj):
    resp = session.post(
        f"{DHS_PROMISE_URL}/claims/{adj['icn']}/adjustments",
        json=_adjustment_body(adj),
        timeout=45,
    )
    if resp.status_code == 409:
        log.info("ICN %s: adjustment already on file", adj["icn"])
        return False
    resp.raise_for_status()
    return True


def run(path):
    session = _session()
    submitted = skipped = failed = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for adj in csv.DictReader(fh, delimiter="|"):
            if adj["reason_cd"] not in REASON_CODES:
                skipped += 1
                continue
            try:
                if submit_adjustment(session, adj):
                    submitted += 1
            except requests.RequestException as exc:
                failed += 1
                log.error("ICN %s failed: %s", adj["icn"], exc)
    log.info("adjustments: %d submitted, %d skipped, %d failed", submitted, skipped, failed)
    return failed == 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(0 if run(sys.argv[1]) else 1)
