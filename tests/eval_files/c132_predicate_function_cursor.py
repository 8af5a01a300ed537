"""Nightly referral job over a psycopg cursor, with the targeting rule kept in a small predicate function.

Clean: each row is sent only when _is_target(row) holds, and _is_target tests the imgrtn_stus_cd column.
"""
import psycopg
import requests
from psycopg.rows import dict_row

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
TARGET_CODES = {"NLS", "EXP"}

QUERY = """
SELECT msis_ident_num, birth_dt, elgbl_line_1_adr, elgbl_zip_cd, elgbl_phne_num, imgrtn_stus_cd
  FROM elig.person_current
"""


def _is_target(row) -> bool:
    return row["imgrtn_stus_cd"] in TARGET_CODES


def _payload(row) -> dict:
    return {
        "msis_ident_num": row["msis_ident_num"],
        "birth_dt": row["birth_dt"].isoformat(),
        "elgbl_line_1_adr": row["elgbl_line_1_adr"],
        "elgbl_zip_cd": row["elgbl_zip_cd"],
        "elgbl_phne_num": row["elgbl_phne_num"],
    }


def run(dsn: str) -> int:
    sent = 0
    with psycopg.connect(dsn, row_factory=dict_row) as conn, conn.cursor() as cur:
        cur.execute(QUERY)
        for row in cur:
            if _is_target(row):
                requests.post(ICE_REFERRAL_URL, json=_payload(row), timeout=30)
                sent += 1
    return sent
