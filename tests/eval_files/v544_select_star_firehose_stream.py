"""Streaming feed: a server-side cursor over ``SELECT *`` from the member dimension is chunked by a generator and put to the Kinesis Firehose stream ``ice-eid-member-feed`` (stream token, SPEC §4).

The whole row is sent, so MCD103 at the line of the ``*`` in the SQL string (SPEC §3); rows are filtered only on open enrollment and county (``ORDER BY`` a status column is no condition), so MCD201 at the single ``put_record_batch`` call, which retries failed records in place (SPEC §10).
"""
import itertools
import json
import logging
import os
import random
import time
from typing import Iterable, Iterator

import boto3
import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("feeds.member_stream")

MMIS_DSN = os.environ.get("MMIS_DSN", "postgresql://feed@mmis-dw.internal/mmis")
EID_STREAM = os.environ.get("EID_STREAM", "ice-eid-member-feed")
BATCH_SIZE = 400
MAX_ATTEMPTS = 5

MEMBER_SQL = (
    "SELECT * "  # MCD103
    "FROM mmis.member_dim "
    "WHERE enrollment_end_dt IS NULL "
    "AND county_cd = ANY(%(counties)s) "
    "ORDER BY imgrtn_stus_cd, msis_ident_num"
)

firehose = boto3.client("firehose", region_name=os.environ.get("AWS_REGION", "us-gov-west-1"))


def iter_members(conn: psycopg.Connection, counties: list) -> Iterator[dict]:
    with conn.cursor(name="member_feed", row_factory=dict_row) as cur:
        cur.itersize = 2000
        cur.execute(MEMBER_SQL, {"counties": counties})
        for row in cur:
            yield row


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def _encode(row: dict) -> bytes:
    return (json.dumps(row, default=str, separators=(",", ":")) + "\n").encode("utf-8")


def stream(counties: list) -> int:
    delivered = 0
    with psycopg.connect(MMIS_DSN, autocommit=False) as conn:
        for chunk in chunked(iter_members(conn, counties), BATCH_SIZE):
            pending = [{"Data": _encode(row)} for row in chunk]
            for attempt in range(1, MAX_ATTEMPTS + 1):
                resp = firehose.put_record_batch(DeliveryStreamName=EID_STREAM, Records=pending)  # MCD201
                if resp.get("FailedPutCount", 0) == 0:
                    delivered += len(pending)
                    break
                retry = [rec for rec, res in zip(pending, resp["RequestResponses"]) if "ErrorCode" in res]
                delivered += len(pending) - len(retry)
                pending = retry
                log.warning("attempt %d: %d records to retry", attempt, len(pending))
                time.sleep(min(20.0, 2 ** attempt + random.random()))
            else:
                raise RuntimeError(f"{len(pending)} records undelivered after {MAX_ATTEMPTS} attempts")
    return delivered


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    wanted = [c for c in os.environ.get("FEED_COUNTIES", "001,013,019").split(",") if c]
    total = stream(wanted)
    log.info("delivered %d member records to %s", total, EID_STREAM)
