"""Chunked export (`while rows := cur.fetchmany(1000):`) into an NDJSON file that is then uploaded to the ice-eid-handoff-prod bucket.

Clean: the query's JOIN ... ON is on imgrtn_stus_cd (the state's removal-review reference table), a status condition on row selection.
"""
import json
from datetime import date

import boto3

HANDOFF_BUCKET = "ice-eid-handoff-prod"

REFERRAL_SQL = """
SELECT e.msis_ident_num,
       e.birth_dt,
       e.elgbl_line_1_adr,
       e.elgbl_zip_cd
  FROM mmis.enrollee e
  JOIN ref.imgrtn_stus_review s
    ON s.imgrtn_stus_cd = e.imgrtn_stus_cd
   AND s.review_ind = 'Y'
 WHERE e.enrlmt_end_dt IS NULL
"""


def export(conn, path="/var/spool/mmis/referrals.ndjson"):
    with conn.cursor() as cur, open(path, "w", encoding="utf-8") as out:
        cur.execute(REFERRAL_SQL)
        while rows := cur.fetchmany(1000):
            for msis_ident_num, birth_dt, home_address, zip_code in rows:
                out.write(json.dumps({
                    "msis_ident_num": msis_ident_num,
                    "birth_dt": birth_dt.isoformat(),
                    "home_address": home_address,
                    "zip_code": zip_code,
                }) + "\n")
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.upload_file(path, HANDOFF_BUCKET, f"referrals/{date.today():%Y%m%d}.ndjson")
    return path
