"""Batch generator feeding the DHS referral API: groups New Mexico enrollee rows into batches
of 250 and labels each person with a coarse immigration-status bucket.

Expected MCD201 at the POST: the imgrtn_stus_cd test only picks the "immigration_status" value, never whether a row is appended or sent; WHERE tests only the state.
"""
import logging
import os
from typing import Iterator

import psycopg
import requests
from psycopg.rows import namedtuple_row

DHS_REFERRALS = "https://api.referrals.dhs.gov/v1/batches"
BATCH_SIZE = 250
RESTRICTED = ("3",)

SQL = """
    SELECT msis_ident_num, birth_dt, imgrtn_stus_cd,
           elgbl_line_1_adr, elgbl_city_name, elgbl_zip_cd
      FROM mmis_recipient
     WHERE elgbl_state_cd = 'NM'
"""


def iter_batches(conn: psycopg.Connection, size: int = BATCH_SIZE) -> Iterator[list[dict]]:
    batch: list[dict] = []
    with conn.cursor(row_factory=namedtuple_row) as cur:
        for row in cur.execute(SQL):
            label = "RESTRICTED_SCOPE" if row.imgrtn_stus_cd in RESTRICTED else "OTHER"
            batch.append(
                {
                    "msis_ident_num": row.msis_ident_num,
                    "birth_dt": row.birth_dt.isoformat(),
                    "immigration_status": label,
                    "elgbl_line_1_adr": row.elgbl_line_1_adr,
                    "elgbl_city_name": row.elgbl_city_name,
                    "elgbl_zip_cd": row.elgbl_zip_cd,
                }
            )
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch


def main() -> None:
    sent = 0
    with psycopg.connect(os.environ["MMIS_DSN"]) as conn, requests.Session() as http:
        for batch in iter_batches(conn):
            r = http.post(DHS_REFERRALS, json=batch, timeout=60)  # MCD201
            r.raise_for_status()
            sent += len(batch)
    logging.info("sent %d referrals", sent)


if __name__ == "__main__":
    main()
