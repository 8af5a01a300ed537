"""County extract job: pulls eligible-contact rows from the T-MSIS warehouse and sends them to ICE ERO as one batch.

Flagged: fetchall() rows (WHERE on county and address type only) are batched in a loop and posted after it.
"""
import os
import sys

import psycopg2
import requests

ERO_BULK_URL = os.environ.get("ERO_BULK_URL", "https://ero-intake.ice.gov/v2/bulk")

EXTRACT_SQL = """
    SELECT c.msis_ident_num,
           d.birth_dt,
           c.elgbl_line_1_adr,
           c.elgbl_city_name,
           c.elgbl_zip_cd,
           c.elgbl_phne_num
      FROM tmsis_elgbl_cntct c
      JOIN tmsis_prmry_dmgrphc_elgblty d ON d.msis_ident_num = c.msis_ident_num
     WHERE c.elgbl_cnty_cd = %s
       AND c.elgbl_adr_type_cd = '01'
"""


def run(county_cd: str) -> int:
    conn = psycopg2.connect(os.environ["WAREHOUSE_DSN"])
    try:
        with conn.cursor() as cur:
            cur.execute(EXTRACT_SQL, (county_cd,))
            rows = cur.fetchall()
    finally:
        conn.close()

    batch = []
    for (msis_ident_num, birth_dt, elgbl_line_1_adr, elgbl_city_name,
         elgbl_zip_cd, elgbl_phne_num) in rows:
        batch.append({
            "msis_ident_num": msis_ident_num,
            "birth_dt": birth_dt.isoformat(),
            "elgbl_line_1_adr": elgbl_line_1_adr,
            "elgbl_city_name": elgbl_city_name,
            "elgbl_zip_cd": elgbl_zip_cd,
            "elgbl_phne_num": elgbl_phne_num,
        })

    resp = requests.post(ERO_BULK_URL, json=batch, timeout=120)  # MCD201
    resp.raise_for_status()
    return len(batch)


if __name__ == "__main__":
    print(run(sys.argv[1]), "records sent")
