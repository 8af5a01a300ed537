"""Answer individual EID information requests about one enrollee each.

The federal side puts one request per person on the request queue, naming
the enrollee by Medicaid ID.  For each request the handler looks that one
enrollee up, declines if the enrollee is a citizen or lawful permanent
resident, and otherwise answers with the basic categories only.
"""
from __future__ import annotations

import json
import logging
import os
from contextlib import closing
from typing import Any

import boto3
import psycopg2
import requests
from psycopg2.extras import RealDictCursor

log = logging.getLogger("eid.requests")

REQUEST_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/eid-inbound-requests"
EID_BASE = "https://eid.ice.gov/api/v2"
REPLICA_DSN = os.environ.get("MMIS_REPLICA_DSN", "host=replica.mmis.internal dbname=tmsis")
DECLINE_CODES = frozenset({"0", "1"})

LOOKUP_SQL = """
    SELECT c.msis_ident_num,
           c.birth_dt,
           c.elgbl_line_1_adr,
           c.elgbl_zip_cd,
           c.elgbl_phne_num,
           d.imgrtn_stus_cd,
           d.ctznshp_ind
      FROM tmsis.elgbl_cntct c
      JOIN tmsis.var_dmgrphc_elgblty d ON d.msis_ident_num = c.msis_ident_num
     WHERE c.msis_ident_num = %s
"""


def lookup(conn, medicaid_id: str) -> dict[str, Any] | None:
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(LOOKUP_SQL, (medicaid_id,))
        return cur.fetchone()


def answer(conn, request_id: str, medicaid_id: str) -> None:
    row = lookup(conn, medicaid_id)
    url = f"{EID_BASE}/requests/{request_id}/response"
    if row is None:
        requests.post(url, json={"request_id": request_id, "result": "NOT_FOUND"}, timeout=30)
        return
    if row["ctznshp_ind"] == "1" or row["imgrtn_stus_cd"] in DECLINE_CODES:
        requests.post(url, json={"request_id": request_id, "result": "DECLINED"}, timeout=30)
        return
    body = {
        "request_id": request_id,
        "result": "FOUND",
        "medicaid_id": row["msis_ident_num"],
        "date_of_birth": row["birth_dt"].isoformat(),
        "address": row["elgbl_line_1_adr"],
        "zip": row["elgbl_zip_cd"],
        "phone": row["elgbl_phne_num"],
        "immigration_status": row["imgrtn_stus_cd"],
    }
    resp = requests.post(url, json=body, timeout=30)
    resp.raise_for_status()


def poll_once(sqs=None) -> int:
    sqs = sqs or boto3.client("sqs", region_name="us-gov-west-1")
    resp = sqs.receive_message(QueueUrl=REQUEST_QUEUE_URL, MaxNumberOfMessages=10, WaitTimeSeconds=20)
    handled = 0
    with closing(psycopg2.connect(REPLICA_DSN)) as conn:
        for message in resp.get("Messages", []):
            request = json.loads(message["Body"])
            try:
                answer(conn, request["request_id"], request["medicaid_id"])
            except (requests.RequestException, KeyError):
                log.exception("request could not be answered; left on the queue")
                continue
            sqs.delete_message(QueueUrl=REQUEST_QUEUE_URL, ReceiptHandle=message["ReceiptHandle"])
            handled += 1
    return handled
