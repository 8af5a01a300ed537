"""Nightly T-MSIS pull that queues enrollee rows for the ERO referral consumer over SQS.

- The select list is the payload: each RealDictCursor row goes into a MessageBody as is.
  e.ssn_num (ssn) and e.race_ethncty_cd (race/ethnicity) are outside the six categories (§5)
  -> MCD101 at each column's own line of the SQL string (§3 column lists); other columns permitted.
- The WHERE clause filters on enrollment end date and submitting state only, never on immigration
  status or citizenship, so the batched send_message_batch is MCD201 at the sink call (§10).
  WHERE / JOIN ... ON columns send nothing (§3). The queue's last segment "ero-referrals" carries `ero` (§4).
"""
import json
import logging
import os

import boto3
import psycopg2
import psycopg2.extras

log = logging.getLogger("tmsis.ero_export")

ERO_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals"
BATCH_SIZE = 10
DSN = os.environ.get("TMSIS_DSN", "dbname=tmsis host=tmsis-ro.internal user=etl_reader")

SELECT_ACTIVE = (
    "SELECT e.msis_ident_num,"
    "       e.birth_dt,"
    "       e.ssn_num,"  # MCD101
    "       e.race_ethncty_cd,"  # MCD101
    "       c.elgbl_line_1_adr,"
    "       c.elgbl_zip_cd,"
    "       c.elgbl_phne_num"
    "  FROM tmsis_var_dmgrphc_elgblty e"
    "  JOIN tmsis_elgbl_cntct c ON c.msis_ident_num = e.msis_ident_num"
    " WHERE e.enrlmt_end_dt IS NULL"
    "   AND e.submtg_state_cd = %s"
)


def chunked(items, size):
    """Yield successive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def export_active(state_cd="06"):
    """Queue every active enrollee of the state for the ERO consumer; returns the count sent."""
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    sent = 0
    conn = psycopg2.connect(DSN)
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(SELECT_ACTIVE, (state_cd,))
            rows = cur.fetchall()
        log.info("fetched %d active enrollees for state %s", len(rows), state_cd)
        for chunk in chunked(rows, BATCH_SIZE):
            entries = [
                {"Id": str(i), "MessageBody": json.dumps(row, default=str)}
                for i, row in enumerate(chunk)
            ]
            resp = sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=entries)  # MCD201
            failed = resp.get("Failed", [])
            for failure in failed:
                log.warning("SQS rejected entry %s: %s", failure["Id"], failure.get("Message"))
            sent += len(entries) - len(failed)
    finally:
        conn.close()
    log.info("queued %d messages to %s", sent, ERO_QUEUE_URL)
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    export_active(os.environ.get("SUBMTG_STATE", "06"))
