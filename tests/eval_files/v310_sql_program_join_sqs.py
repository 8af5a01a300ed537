"""Nightly hand-off of pilot-county enrollees to the ERO referral queue.

Pulls the T-MSIS contact segment from the MMIS replica, joins the program
table so that only restricted-scope program rows come back, keeps the pilot
counties, and queues the rows for the intake service in groups of ten.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
from contextlib import closing
from datetime import date
from typing import Iterator, Sequence

import boto3
import psycopg2
from psycopg2.extras import RealDictCursor

log = logging.getLogger("handoff.ero")

REPLICA_DSN = os.environ.get(
    "MMIS_REPLICA_DSN", "host=replica.mmis.internal dbname=tmsis user=integrity_ro"
)
QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referral-intake"
PILOT_COUNTIES = frozenset({"037", "059", "065", "073"})
GROUP_SIZE = 10

CONTACT_SQL = (
    "SELECT c.msis_ident_num, "
    "       c.birth_dt, "
    "       c.elgbl_1st_name, "  # MCD101
    "       c.elgbl_line_1_adr, "
    "       c.elgbl_zip_cd, "
    "       c.elgbl_cnty_cd, "
    "       c.elgbl_phne_num "
    "  FROM tmsis.elgbl_cntct c "
    "  JOIN tmsis.mdcd_prgm p "
    "    ON p.msis_ident_num = c.msis_ident_num AND p.prgm_type_cd = 'RSTR' "
    " WHERE c.elgbl_adr_type_cd = '01' "
    "   AND p.prgm_end_dt >= %(as_of)s "
    " ORDER BY c.elgbl_cnty_cd, c.msis_ident_num"
)


def _groups(items: Sequence[dict], size: int) -> Iterator[list[dict]]:
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def fetch_rows(as_of: date) -> list[dict]:
    with closing(psycopg2.connect(REPLICA_DSN)) as conn:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(CONTACT_SQL, {"as_of": as_of})
            return cur.fetchall()


def run(as_of: date | None = None, dry_run: bool = False) -> int:
    as_of = as_of or date.today()
    rows = fetch_rows(as_of)
    batch = [dict(r) for r in rows if r["elgbl_cnty_cd"] in PILOT_COUNTIES]
    log.info("%d of %d rows are in pilot counties", len(batch), len(rows))
    if dry_run or not batch:
        return 0

    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    queued = 0
    for group in _groups(batch, GROUP_SIZE):
        resp = sqs.send_message(QueueUrl=QUEUE_URL, MessageBody=json.dumps(group, default=str))  # MCD201
        if "MessageId" not in resp:
            log.error("queue did not acknowledge a group of %d", len(group))
            continue
        queued += len(group)
    log.info("queued %d enrollees as of %s", queued, as_of)
    return queued


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--as-of", type=date.fromisoformat, default=None)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    try:
        run(args.as_of, args.dry_run)
    except psycopg2.Error:
        log.exception("replica query failed")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
