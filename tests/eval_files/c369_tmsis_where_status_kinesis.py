"""Stream basic information about enrollees with no lawful status to the
EID Kinesis stream.

The query joins the state's status reference table on the status code and
keeps only codes flagged as unlawful presence, and only non-citizens.
"""
import json
import logging
import os

import boto3
import psycopg2
import psycopg2.extras

log = logging.getLogger("eid_stream")

ICE_STREAM = "ice-eid-referrals-prod"
BATCH = 400

REFERRAL_SQL = """
    SELECT e.msis_ident_num,
           e.birth_dt,
           c.elgbl_line_1_adr,
           c.elgbl_city_name,
           c.elgbl_zip_cd,
           c.elgbl_phne_num,
           e.imgrtn_stus_cd
      FROM tmsis.elgbl_dmgrphc e
      JOIN tmsis.elgbl_cntct c ON c.msis_ident_num = e.msis_ident_num
      JOIN ref.imgrtn_stus s ON s.code = e.imgrtn_stus_cd AND s.unlawful_presence = 'Y'
     WHERE e.ctznshp_ind = 'N'
       AND c.elgbl_adr_type_cd = '01'
     ORDER BY e.msis_ident_num
"""


def stream_referrals() -> int:
    kinesis = boto3.client("kinesis", region_name="us-gov-west-1")
    sent = 0
    with psycopg2.connect(os.environ["TMSIS_DSN"]) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(REFERRAL_SQL)
            while True:
                chunk = cur.fetchmany(BATCH)
                if not chunk:
                    break
                records = [
                    {"Data": json.dumps(row, default=str).encode("utf-8"),
                     "PartitionKey": row["msis_ident_num"]}
                    for row in chunk
                ]
                resp = kinesis.put_records(StreamName=ICE_STREAM, Records=records)
                if resp.get("FailedRecordCount"):
                    log.error("%d records failed in this batch", resp["FailedRecordCount"])
                sent += len(records) - resp.get("FailedRecordCount", 0)
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("streamed %d referrals", stream_referrals())
