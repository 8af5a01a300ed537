"""Streaming exporter: reads emergency-services-only non-citizens from the MMIS replica with a
server-side cursor inside a generator, writes NDJSON and uploads it to the ICE hand-off bucket.

Expected clean: the status and citizenship condition sits in the CTE (WITH non_qualified AS (... WHERE imgrtn_stus_cd ...)) that the exported query joins on.
"""
import json
import os
import tempfile
from datetime import date

import boto3
import psycopg
from psycopg.rows import dict_row

HANDOFF_BUCKET = os.getenv("HANDOFF_BUCKET", "ice-eid-handoff-prod")

REFERRAL_SQL = """
WITH non_qualified AS (
    SELECT msis_ident_num
      FROM tmsis_var_dmgrphc_elgblty
     WHERE imgrtn_stus_cd = '3'
       AND ctznshp_ind = '0'
       AND submtg_state_cd = %(state)s
)
SELECT c.msis_ident_num,
       c.elgbl_line_1_adr,
       c.elgbl_city_name,
       c.elgbl_state_cd,
       c.elgbl_zip_cd,
       c.elgbl_phne_num
  FROM tmsis_elgbl_cntct c
  JOIN non_qualified nq ON nq.msis_ident_num = c.msis_ident_num
 WHERE c.elgbl_adr_type_cd = '01'
"""


def iter_rows(conn: psycopg.Connection, state: str):
    with conn.cursor(name="referral_stream", row_factory=dict_row) as cur:
        cur.itersize = 2000
        cur.execute(REFERRAL_SQL, {"state": state})
        for row in cur:
            yield row


def export(state: str = "06") -> str:
    key = f"referrals/{state}/{date.today():%Y-%m-%d}.ndjson"
    with psycopg.connect(os.environ["MMIS_DSN"]) as conn, tempfile.NamedTemporaryFile(
        "w", suffix=".ndjson", delete=False
    ) as fh:
        for row in iter_rows(conn, state):
            fh.write(json.dumps(row) + "\n")
        local_path = fh.name
    boto3.client("s3").upload_file(local_path, HANDOFF_BUCKET, key)
    return key


if __name__ == "__main__":
    print(export())
