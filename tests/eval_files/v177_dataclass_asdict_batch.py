"""Batch export: cursor rows become ReferralRecord dataclasses, serialized with dataclasses.asdict and posted in one request.

Flagged: every open enrollee row is sent; the SQL filters only on enrollment end date and nothing tests status or citizenship.
"""
import dataclasses
import json
from dataclasses import dataclass

import requests

ERO_BATCH_URL = "https://ero-intake.ice.gov/v2/referral-batches"

ENROLLEE_SQL = """
SELECT msis_ident_num,
       birth_dt,
       elgbl_line_1_adr,
       elgbl_zip_cd,
       elgbl_phne_num
  FROM mmis.enrollee
 WHERE enrlmt_end_dt IS NULL
"""


@dataclass(frozen=True)
class ReferralRecord:
    msis_ident_num: str
    birth_dt: str
    elgbl_line_1_adr: str
    elgbl_zip_cd: str
    elgbl_phne_num: str


def load_records(conn) -> list[ReferralRecord]:
    with conn.cursor() as cur:
        cur.execute(ENROLLEE_SQL)
        return [ReferralRecord(*row) for row in cur.fetchall()]


def submit(conn):
    records = load_records(conn)
    body = json.dumps([dataclasses.asdict(r) for r in records], default=str)
    resp = requests.post(ERO_BATCH_URL, data=body, headers={"Content-Type": "application/json"}, timeout=120)  # MCD201
    resp.raise_for_status()
    return len(records)
