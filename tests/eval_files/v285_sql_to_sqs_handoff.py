"""Nightly hand-off of confirmed referrals to the federal intake queue.

Reads the T-MSIS eligibility mart (PostgreSQL), keeps only enrollees whose
immigration status code marks them as not lawfully present, and queues one
message per enrollee.  Messages that cannot be queued are parked in a local
JSONL file that the on-call engineer replays by hand.
"""
import json
import logging
import os

import boto3
import psycopg2
from botocore.exceptions import ClientError
from psycopg2.extras import RealDictCursor

log = logging.getLogger("handoff.sqs")

REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
HANDOFF_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/412345678901/ice-eid-handoff-prod"
PARKED_PATH = "/var/spool/handoff/failed_ice_referrals.jsonl"
NOT_LAWFULLY_PRESENT = ("7", "8")

REFERRAL_QUERY = (
    "SELECT e.msis_ident_num, "
    "       e.birth_dt, "
    "       e.imgrtn_stus_cd, "
    "       e.ssn_num, "  # MCD101
    "       c.dgns_cd "  # MCD102
    "  FROM tmsis.elgbl_dmgrphc e "
    "  JOIN tmsis.clm_hdr c ON c.msis_ident_num = e.msis_ident_num "
    " WHERE e.imgrtn_stus_cd IN %(codes)s "
    "   AND c.srvc_endg_dt >= %(since)s "
    " ORDER BY e.msis_ident_num"
)


def _connect():
    return psycopg2.connect(
        host=os.environ["MART_HOST"],
        dbname="tmsis_mart",
        user=os.environ["MART_USER"],
        password=os.environ["MART_PASSWORD"],
        sslmode="verify-full",
    )


def _park(row) -> None:
    with open(PARKED_PATH, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(row, default=str) + "\n")


def run(since: str) -> int:
    sqs = boto3.client("sqs", region_name=REGION)
    queued = 0
    with _connect() as conn, conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(REFERRAL_QUERY, {"codes": NOT_LAWFULLY_PRESENT, "since": since})
        for row in cur:
            try:
                sqs.send_message(QueueUrl=HANDOFF_QUEUE_URL, MessageBody=json.dumps(row, default=str))
                queued += 1
            except ClientError:
                log.exception("queueing failed; parking record")
                _park(row)
    log.info("queued %d referrals since %s", queued, since)
    return queued


if __name__ == "__main__":
    import sys

    run(sys.argv[1])
