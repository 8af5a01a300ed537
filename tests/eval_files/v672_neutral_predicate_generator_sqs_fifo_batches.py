"""Lead hand-off to the ERO FIFO queue, scoped by a neutrally named predicate in a generator.

Scenario: a state agency's hand-off job reads one county's enrollees from
the warehouse, keeps those whose qualified-alien status is one of the
not-qualified codes (``_in_scope``), turns each into an SQS batch entry in
a generator, and sends the entries ten at a time to the ERO leads FIFO
queue.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Population scope: the cursor's rows are a bulk source and are sent to an
  enforcement queue, but ``_entries`` skips every row for which
  ``_in_scope`` is false. ``_in_scope`` is a same-module function whose
  result depends on ``qualified_alien_status`` (immigration status); used
  as the ``continue`` guard it counts as a condition, whatever its name
  (SPEC section 10).
- Fields: the select list and the message body hold only permitted
  categories (MSIS ID, birth date, address line, ZIP, phone, qualified-alien
  status); the ``WHERE`` column sends nothing (SPEC section 3). ``Id``,
  ``MessageGroupId`` and ``MessageDeduplicationId`` are transfer metadata,
  and ``batch_id`` is harmless (SPEC sections 4 and 5).
- ``islice`` passes its input on; the chunks carry the same permitted names
  (SPEC section 6).
"""
from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice

import boto3

log = logging.getLogger("handoff.ero_fifo")

ERO_LEADS_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/611094281537/ero-leads.fifo"
NOT_QUALIFIED = frozenset({"NQ", "UNDOC", "EXPIRED_PAROLE"})
SQS_MAX_BATCH = 10

LEADS_SQL = """
SELECT msis_ident_num, birth_dt, elgbl_line_1_adr, elgbl_zip_cd,
       elgbl_phne_num, qualified_alien_status
  FROM warehouse.enrollee
 WHERE elgbl_cnty_cd = %s
"""

sqs = boto3.client("sqs", region_name="us-gov-west-1")


def _in_scope(row: dict) -> bool:
    return (row.get("qualified_alien_status") or "").upper() in NOT_QUALIFIED


def _entries(rows: Iterable[dict], batch_id: str) -> Iterator[dict]:
    for n, row in enumerate(rows):
        if not _in_scope(row):
            continue
        yield {
            "Id": f"m{n}",
            "MessageBody": json.dumps(
                {
                    "batch_id": batch_id,
                    "msis_ident_num": row["msis_ident_num"],
                    "birth_dt": row["birth_dt"].isoformat(),
                    "elgbl_line_1_adr": row["elgbl_line_1_adr"],
                    "elgbl_zip_cd": row["elgbl_zip_cd"],
                    "elgbl_phne_num": row["elgbl_phne_num"],
                    "qualified_alien_status": row["qualified_alien_status"],
                }
            ),
            "MessageGroupId": "county-leads",
            "MessageDeduplicationId": f"{batch_id}-{n}",
        }


def _chunks(items: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def hand_off(conn, county_code: str) -> int:
    batch_id = str(uuid.uuid4())
    sent = 0
    with conn.cursor() as cur:
        cur.execute(LEADS_SQL, (county_code,))
        columns = [d[0] for d in cur.description]
        rows = (dict(zip(columns, values)) for values in cur)
        for chunk in _chunks(_entries(rows, batch_id), SQS_MAX_BATCH):
            resp = sqs.send_message_batch(QueueUrl=ERO_LEADS_QUEUE_URL, Entries=chunk)
            sent += len(resp.get("Successful", []))
            for failure in resp.get("Failed", []):
                log.warning("entry %s failed: %s", failure["Id"], failure.get("Code"))
    log.info("batch %s: %d leads handed off for county %s", batch_id, sent, county_code)
    return sent
