"""Vendor extract: pulls status-flagged recipients with psycopg2, renaming columns with SQL aliases, into the ERO SQS queue."""
import json
import os
import uuid

import boto3
import psycopg2

ERO_QUEUE_URL = os.getenv(
    "ERO_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/318845602211/ero-intake-subjects",
)
WAREHOUSE_DSN = os.getenv("WAREHOUSE_DSN", "postgresql://etl_ro@mmis-dw.internal:5432/mmis")

SUBJECT_SQL = """
SELECT r.msis_ident_num,
       r.birth_dt,
       r.ssn_num AS member_ref,  -- # MCD101
       r.elgbl_last_name AS surname,  -- # MCD101
       r.elgbl_phne_num_home,
       x.dgns_1_cd AS primary_dx  -- # MCD102
FROM tmsis_elgbl r
LEFT JOIN tmsis_clm_hdr x ON x.msis_ident_num = r.msis_ident_num
WHERE r.imgrtn_stus_cd IN ('3', '5')
"""


def queue_subjects():
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    conn = psycopg2.connect(WAREHOUSE_DSN)
    queued = 0
    try:
        cur = conn.cursor()
        cur.execute(SUBJECT_SQL)
        batch = []
        for row in cur.fetchall():
            batch.append({"Id": uuid.uuid4().hex, "MessageBody": json.dumps(row, default=str)})
            if len(batch) == 10:
                sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=batch)
                queued += len(batch)
                batch = []
        if batch:
            sqs.send_message_batch(QueueUrl=ERO_QUEUE_URL, Entries=batch)
            queued += len(batch)
    finally:
        conn.close()
    return queued


if __name__ == "__main__":
    print(f"queued {queue_subjects()} subjects")
