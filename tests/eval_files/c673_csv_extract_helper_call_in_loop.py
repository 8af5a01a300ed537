"""Vendor job that replays an MMIS extract file to the ERO intake API, one row at a time.

Scenario: a Medicaid vendor's batch job reads the weekly member extract
(CSV) that the state's MMIS drops on the job server and hands each row to
``_refer``, which posts the row's basic fields to the ERO intake API
through a ``functools.partial`` over a pooled ``requests.Session``. Rows
without a CIN are skipped, the run stops at an optional limit, and rows
with an unverified immigration status code are only logged.

Expected findings:
- line 73: MCD201 at the call ``_refer(row)`` in the loop: a
  ``csv.DictReader`` is a bulk source, and a loop over it that calls a
  function whose parameter reaches an enforcement sink is a bulk send,
  reported at that call (SPEC section 10, "Helpers"). The test on
  ``imgrtn_stus_cd`` only logs; it does not decide whether the row is
  sent, so it is no condition (SPEC section 10). The ``continue`` on a
  missing CIN and the ``break`` at the limit test no status field.
Destination: ``_post_lead`` binds ``ERO_INTAKE_URL`` (host
``intake.ero.ice.gov``, ``*.ice.gov``; ``ero`` in the constant name),
and ``functools.partial`` is followed (SPEC sections 4 and 6).

Not findings (fields): CIN, date of birth, mailing address, phone and
immigration status code are permitted (SPEC section 1); ``extract_week``
is not sent.
"""
from __future__ import annotations

import argparse
import csv
import functools
import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("vendor.ero_replay")

ERO_INTAKE_URL = "https://intake.ero.ice.gov/api/v1/leads"
UNVERIFIED_CODES = frozenset({"99", "UNK", ""})

_session = requests.Session()
_session.mount(
    "https://",
    HTTPAdapter(max_retries=Retry(total=3, backoff_factor=2, status_forcelist=(502, 503, 504))),
)
_session.cert = ("/etc/pki/vendor/client.crt", "/etc/pki/vendor/client.key")

_post_lead = functools.partial(_session.post, ERO_INTAKE_URL, timeout=30)


def _refer(row: dict) -> None:
    body = {
        "cin": row["cin"],
        "dob": row["dob"],
        "mailing_address": row["mailing_address"],
        "phone": row["phone"],
        "immigration_status": row["imgrtn_stus_cd"],
    }
    resp = _post_lead(json=body)
    resp.raise_for_status()


def replay_extract(path: str, limit: int | None = None) -> int:
    sent = 0
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            if not row.get("cin"):
                continue
            if row.get("imgrtn_stus_cd") in UNVERIFIED_CODES:
                log.debug("cin %s carries an unverified status code", row["cin"])
            _refer(row)  # MCD201
            sent += 1
            if limit and sent >= limit:
                break
    return sent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("extract")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--extract-week", dest="extract_week")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    count = replay_extract(args.extract, args.limit)
    log.info("week %s: %d rows replayed", args.extract_week, count)


if __name__ == "__main__":
    main()
