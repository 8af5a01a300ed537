"""Hand-off of not-lawfully-present enrollees to the ERO referral queue.

Immigration status lives in the T-MSIS demographic segment.  The query joins
that segment on the status codes the order lets the state share about, so
records of citizens and lawfully present enrollees never leave the database.
Only the contact columns of the basic categories are selected.  The
backfill path filters on the same codes in its WHERE clause.
"""
from __future__ import annotations

import json
import logging
import os
from contextlib import closing
from typing import Any, Sequence

import boto3
import psycopg2
from psycopg2.extras import RealDictCursor

log = logging.getLogger("handoff.ero")

REPLICA_DSN = os.environ.get("MMIS_REPLICA_DSN", "host=replica.mmis.internal dbname=tmsis")
QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referral-intake"
# T-MSIS IMMIGRATION-STATUS 3 = not qualified / emergency services only
NOT_LAWFULLY_PRESENT = ["3"]
FETCH_SIZE = 500
SQS_BATCH = 10

HANDOFF_SQL = """
    SELECT c.msis_ident_num,
           c.birth_dt,
           c.elgbl_line_1_adr,
           c.elgbl_city_name,
           c.elgbl_zip_cd,
           c.elgbl_phne_num,
           d.imgrtn_stus_cd
      FROM tmsis.elgbl_cntct c
      JOIN tmsis.var_dmgrphc_elgblty d
        ON d.msis_ident_num = c.msis_ident_num
       AND d.imgrtn_stus_cd = ANY(%(codes)s)
     WHERE c.elgbl_cnty_cd = ANY(%(counties)s)
       AND c.elgbl_adr_type_cd = '01'
"""

BACKFILL_SQL = """
    SELECT d.msis_ident_num,
           d.birth_dt,
           d.imgrtn_stus_cd
      FROM tmsis.var_dmgrphc_elgblty d
     WHERE d.imgrtn_stus_cd = ANY(%(codes)s)
       AND d.rptg_prd >= %(since)s
"""


def _entries(chunk: Sequence[dict[str, Any]], offset: int) -> list[dict[str, str]]:
    return [
        {"Id": str(offset + i), "MessageBody": json.dumps(rec, default=str)}
        for i, rec in enumerate(chunk)
    ]


def run(counties: list[str], max_rows: int | None = None) -> int:
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    queued = 0
    with closing(psycopg2.connect(REPLICA_DSN)) as conn:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(HANDOFF_SQL, {"codes": NOT_LAWFULLY_PRESENT, "counties": counties})
            while True:
                fetched = cur.fetchmany(FETCH_SIZE)
                if not fetched:
                    break
                for start in range(0, len(fetched), SQS_BATCH):
                    chunk = fetched[start:start + SQS_BATCH]
                    resp = sqs.send_message_batch(QueueUrl=QUEUE_URL, Entries=_entries(chunk, queued))
                    for failure in resp.get("Failed", []):
                        log.error("message %s failed: %s", failure["Id"], failure.get("Message"))
                    queued += len(chunk)
                if max_rows is not None and queued >= max_rows:
                    log.warning("row cap %d reached", max_rows)
                    break
    log.info("queued %d enrollees", queued)
    return queued


def backfill(since: str) -> int:
    """One message per enrollee reported since ``since`` (server-side cursor)."""
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    sent = 0
    with closing(psycopg2.connect(REPLICA_DSN)) as conn:
        with conn.cursor(name="backfill", cursor_factory=RealDictCursor) as cur:
            cur.execute(BACKFILL_SQL, {"codes": NOT_LAWFULLY_PRESENT, "since": since})
            for rec in cur:
                sqs.send_message(QueueUrl=QUEUE_URL, MessageBody=json.dumps(rec, default=str))
                sent += 1
    return sent


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    run(sys.argv[1:])
