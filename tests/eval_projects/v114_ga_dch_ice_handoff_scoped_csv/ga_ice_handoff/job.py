"""Weekly scoped hand-off: GAMMIS rows -> CSV of the six categories -> ICE EID bucket (main module).

Scenario: a Georgia DCH vendor job streams every active member row from the
GAMMIS replica (``queries.iter_members``: the select list also holds SSN,
names, race and aid category for the state warehouse), writes the hand-off
CSV with ``export.write_handoff`` and uploads it with ``uploader.upload`` to
the ``ice-eid-handoff-ga`` bucket named in settings.py.

Expected findings: none (in every module of the project).

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: the rows of a server-side cursor are a bulk source and
  the file written from them is uploaded to an enforcement bucket, but
  ``export.write_handoff`` skips every row for which
  ``scope.is_unlawfully_present`` is false before the write; that project
  function tests ``citizenship_status`` and ``immigration_status`` and its
  name begins with ``unlawful`` (SPEC section 10).
- Fields: the CSV's ``fieldnames`` and each written row are
  ``scope.ICE_FIELDS``, a constant collection of permitted names, and the row
  is reduced with ``{k: row[k] for k in ICE_FIELDS}`` (SPEC sections 3 and
  6); SSN, names, race and aid category never reach the file.
- The bucket ``ice-eid-handoff-ga`` is an enforcement destination; the S3
  key and ``ExtraArgs`` are transfer metadata (SPEC section 4).
"""
import logging
import os
from datetime import date

import psycopg

from . import settings
from .export import write_handoff
from .queries import iter_members
from .uploader import upload

log = logging.getLogger("ga_ice_handoff.job")


def run(run_date: date | None = None) -> int:
    run_date = run_date or date.today()
    os.makedirs(settings.WORK_DIR, exist_ok=True)
    path = os.path.join(settings.WORK_DIR, f"ga_handoff_{run_date:%Y%m%d}.csv")
    with psycopg.connect(settings.GAMMIS_DSN) as conn:
        written = write_handoff(iter_members(conn), path)
    if written == 0:
        log.info("nothing to hand off on %s", run_date)
        return 0
    upload(path, f"weekly/{run_date:%Y/%m/%d}/ga_handoff.csv")
    log.info("uploaded %d records", written)
    return written


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
