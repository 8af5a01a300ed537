"""CBP data-sharing pilot: pages through the enrollee table with LIMIT/OFFSET in a while loop
and posts each page of rows, as the database returns them, to a CBP intake endpoint.

Expected MCD201 at the POST (the paged SQL has no status or citizenship condition), and MCD102 at the pregnancy indicator in the select list, since the selected rows are sent as they are.
"""
import json
import os

import psycopg2
import psycopg2.extras
import requests

CBP_INTAKE_URL = "https://intake.cbp.gov/medicaid/v1/pages"
PAGE = 1000

PAGE_SQL = """
    SELECT e.msis_ident_num,
           e.birth_dt,
           e.elgbl_phne_num,
           e.elgbl_zip_cd,
           e.prgnt_ind  -- # MCD102
      FROM enrollee e
     WHERE e.elgbl_state_cd = %s
     ORDER BY e.msis_ident_num
     LIMIT %s OFFSET %s
"""


def run(state_cd: str) -> int:
    conn = psycopg2.connect(os.environ["ENROLLEE_DSN"])
    session = requests.Session()
    session.cert = os.environ.get("CBP_CLIENT_CERT")
    offset = 0
    try:
        while True:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(PAGE_SQL, (state_cd, PAGE, offset))
                page = cur.fetchall()
            if not page:
                break
            resp = session.post(  # MCD201
                CBP_INTAKE_URL,
                data=json.dumps(page, default=str),
                headers={"Content-Type": "application/json"},
                timeout=120,
            )
            resp.raise_for_status()
            offset += len(page)
    finally:
        conn.close()
    return offset


if __name__ == "__main__":
    print(run(os.environ.get("STATE_CD", "TX")))
