"""Nightly job: status-scoped rows, minimized to permitted columns, uploaded to the ICE bucket.

Scenario:
    Pulls the in-scope rows (SELECT m.* with a WHERE on immigration status)
    from extract.py, minimizes each with shaping.minimize over the
    allow-list in policy.py, writes NDJSON and hands it to the uploader.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - The whole rows from SELECT m.* are cut down by {k: row[k] for k in
      PERMITTED_COLUMNS}, an allow-list sanitizer over a constant collection
      of permitted names, before anything is sent (SPEC section 6, sanitizers;
      section 3, MCD103 only where the whole record reaches a sink).
    - The bulk source has a WHERE on imgrtn_stus_cd (SPEC section 10).
    - The S3 key is a constant prefix plus the run date, and the notice
      carries a record count (SPEC sections 4 and 5, transfer metadata and
      harmless names).
"""
import json
import logging
import os
from datetime import date

from .extract import in_scope_rows
from .shaping import minimize
from .uploader import HandoffUploader

log = logging.getLogger("ut_handoff.job")


def run(run_date: date | None = None) -> int:
    run_date = run_date or date.today()
    rows = in_scope_rows(os.environ["MMIS_DSN"])
    minimized = [minimize(row) for row in rows]
    body = "\n".join(json.dumps(r, default=str) for r in minimized).encode("utf-8")
    key = f"handoff/{run_date:%Y/%m/%d}/subjects.ndjson"
    HandoffUploader().upload(key, body, record_count=len(minimized))
    log.info("uploaded %d minimized subjects to %s", len(minimized), key)
    return len(minimized)
