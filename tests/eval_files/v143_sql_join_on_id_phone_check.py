"""Contact-refresh export: joins eligibility to the contact table and posts rows with a phone to an ICE lookup API.

Flagged: the JOIN ... ON is on msis_ident_num and the only `continue` tests the phone; neither concerns status.
"""
import json

import pymysql
import urllib3

ICE_CONTACT_URL = "https://contact-lookup.ice.gov/v1/persons"

SQL = """
SELECT e.msis_ident_num, e.birth_dt, c.elgbl_line_1_adr, c.elgbl_zip_cd, c.elgbl_phne_num
  FROM elgbl_person e
  JOIN elgbl_cntct c ON c.msis_ident_num = e.msis_ident_num
 WHERE c.elgbl_adr_type_cd = '01'
"""


def export(conn_args: dict) -> None:
    http = urllib3.PoolManager(retries=urllib3.Retry(total=3, backoff_factor=1.0))
    conn = pymysql.connect(**conn_args, cursorclass=pymysql.cursors.DictCursor)
    with conn, conn.cursor() as cur:
        cur.execute(SQL)
        for row in cur:
            if not row["elgbl_phne_num"]:
                continue
            body = {
                "msis_ident_num": row["msis_ident_num"],
                "birth_dt": str(row["birth_dt"]),
                "elgbl_line_1_adr": row["elgbl_line_1_adr"],
                "elgbl_zip_cd": row["elgbl_zip_cd"],
                "elgbl_phne_num": row["elgbl_phne_num"],
            }
            http.request(  # MCD201
                "POST",
                ICE_CONTACT_URL,
                body=json.dumps(body).encode(),
                headers={"Content-Type": "application/json"},
            )
