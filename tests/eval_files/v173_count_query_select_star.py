"""Ad-hoc extract run on a locked-down jump host (oracledb + http.client only): counts
restricted-scope recipients for the log, then posts every row of the county view to ICE ERO.

Expected MCD201 at conn.request: the status WHERE is only in a separate COUNT(*) query that feeds a log line; the sent rows come from SELECT * (MCD103 at the star).
"""
import http.client
import json
import logging
import os
import sys

import oracledb

log = logging.getLogger(__name__)

ERO_HOST = "ero-intake.ice.gov"

COUNT_SQL = """
    SELECT COUNT(*)
      FROM mmis.recipient_elig
     WHERE imgrtn_stus_cd = '3'
       AND cnty_cd = :cnty
"""

EXTRACT_SQL = """
    SELECT *  -- # MCD103
      FROM mmis.v_county_recipient
     WHERE cnty_cd = :cnty
"""


def extract(cnty: str) -> int:
    with oracledb.connect(user="rpt", password=os.environ["MMIS_PW"], dsn="mmis-prod:1521/MMIS") as db:
        cur = db.cursor()
        cur.execute(COUNT_SQL, cnty=cnty)
        (restricted,) = cur.fetchone()
        log.info("county %s: %d restricted-scope recipients on file", cnty, restricted)
        cur.execute(EXTRACT_SQL, cnty=cnty)
        cols = [d[0].lower() for d in cur.description]
        records = [dict(zip(cols, row)) for row in cur.fetchall()]
    body = json.dumps(records, default=str).encode("utf-8")
    conn = http.client.HTTPSConnection(ERO_HOST, timeout=120)
    try:
        conn.request("POST", "/v1/county-extracts", body=body, headers={"Content-Type": "application/json"})  # MCD201
        resp = conn.getresponse()
        log.info("ERO intake answered %s", resp.status)
    finally:
        conn.close()
    return len(records)


if __name__ == "__main__":
    extract(sys.argv[1])
