"""Nightly job: sends only the six basic fields of status-flagged enrollees to the ICE referral queue in SQS batches."""
import json
import os

import boto3
import psycopg2
from psycopg2.extras import RealDictCursor

REFERRAL_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/318845602211/ice-eid-basic-referrals"
MMIS_DSN = os.environ.get("MMIS_DSN", "dbname=mmis host=mmis-db.internal user=etl_ro")

BASIC_SQL = """
SELECT e.msis_ident_num,
       e.birth_dt,
       e.elgbl_line_1_adr_home,
       e.elgbl_city_name_home,
       e.elgbl_zip_cd_home,
       e.elgbl_phne_num_home,
       e.ctznshp_ind,
       e.imgrtn_stus_cd
FROM tmsis_elgbl e
JOIN tmsis_case c ON c.msis_case_num = e.msis_case_num
WHERE e.imgrtn_stus_cd IN ('3', '5')
  AND e.ssn_vrfctn_ind = '0'
  AND c.hsehld_size_cd IS NOT NULL
ORDER BY e.elgbl_last_name, e.elgbl_1st_name
"""


def send_basic_referrals():
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    with psycopg2.connect(MMIS_DSN) as conn:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(BASIC_SQL)
            rows = cur.fetchall()
    sent = 0
    for start in range(0, len(rows), 10):
        entries = [
            {"Id": str(n), "MessageBody": json.dumps(row, default=str)}
            for n, row in enumerate(rows[start:start + 10])
        ]
        resp = sqs.send_message_batch(QueueUrl=REFERRAL_QUEUE_URL, Entries=entries)
        sent += len(resp.get("Successful", []))
    return sent


if __name__ == "__main__":
    print(send_basic_referrals())
