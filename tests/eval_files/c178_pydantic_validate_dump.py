"""Each cursor row is validated into a pydantic EnrolleeRow (model_validate) and dumped per item (model_dump) into a POST to ICE.

Clean: the loop skips every row whose validated imgrtn_stus_cd is not a removal-review code, a status test guarding the send.
"""
from datetime import date

import httpx
import psycopg
from psycopg.rows import dict_row
from pydantic import BaseModel

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
REMOVAL_REVIEW_CODES = frozenset({"3", "9"})


class EnrolleeRow(BaseModel):
    msis_ident_num: str
    birth_dt: date
    elgbl_line_1_adr: str
    elgbl_zip_cd: str
    imgrtn_stus_cd: str | None = None


def push(dsn):
    sent = 0
    with psycopg.connect(dsn, row_factory=dict_row) as conn, httpx.Client(timeout=30) as client:
        rows = conn.execute(
            "SELECT msis_ident_num, birth_dt, elgbl_line_1_adr, elgbl_zip_cd, imgrtn_stus_cd"
            " FROM mmis.enrollee WHERE enrlmt_end_dt IS NULL"
        ).fetchall()
        for row in rows:
            rec = EnrolleeRow.model_validate(row)
            if rec.imgrtn_stus_cd not in REMOVAL_REVIEW_CODES:
                continue
            client.post(ICE_REFERRAL_URL, json=rec.model_dump(mode="json"))
            sent += 1
    return sent
