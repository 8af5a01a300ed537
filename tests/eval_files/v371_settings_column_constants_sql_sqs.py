"""ERO referral extract: reads the warehouse and queues one message per
enrollee for the federal referral gateway.

The column list lives in the settings block so that operations can review
it; the SELECT is built from it.
"""
import json
import logging

import boto3
import psycopg2

log = logging.getLogger("ero_extract")

# ---- settings -------------------------------------------------------------
ERO_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/444455556666/ero-referrals"
WAREHOUSE_DSN = "postgresql://etl@warehouse.internal:5432/tmsis"
TARGET_GROUPS = ("72", "73", "74")
REFERRAL_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "elgbl_1st_name",  # MCD101
    "elgbl_last_name",  # MCD101
    "sex_cd",  # MCD101
    "prefrd_lang_cd",  # MCD101
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "dgns_1_cd",  # MCD102
]
# ---------------------------------------------------------------------------


def build_query(columns) -> str:
    select_list = ", ".join(columns)
    return (
        f"SELECT {select_list} "
        "FROM tmsis.elgbl_dmgrphc d "
        "JOIN tmsis.elgbl_cntct c USING (msis_ident_num) "
        "LEFT JOIN tmsis.clm_hdr_latest h USING (msis_ident_num) "
        "WHERE d.elgblty_grp_cd = ANY(%s)"
    )


def run() -> int:
    sqs = boto3.client("sqs", region_name="us-east-1")
    queued = 0
    with psycopg2.connect(WAREHOUSE_DSN) as conn, conn.cursor() as cur:
        cur.execute(build_query(REFERRAL_COLUMNS), (list(TARGET_GROUPS),))
        for row in cur:
            record = dict(zip(REFERRAL_COLUMNS, row))
            sqs.send_message(QueueUrl=ERO_QUEUE_URL, MessageBody=json.dumps(record, default=str))  # MCD201
            queued += 1
    log.info("queued %d referrals", queued)
    return queued


if __name__ == "__main__":
    run()
