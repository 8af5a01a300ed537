"""Post-order handoff to the ICE bucket: the SAVE-matched extract is read with ``usecols`` limited to the six basic categories, narrowed with ``df.query`` on the immigration-status code, written to parquet and uploaded to ``ice-eid-handoff-prod``, then a metadata-only SQS message tells the ICE queue where the file is.

Expected clean: every ``usecols`` name is permitted (SPEC §3 column lists), ``df.query`` naming ``imgrtn_stus_cd`` is a condition on status between the DataFrame source and the uploads (SPEC §10), and the SQS body holds only constants and ``record_count`` (a harmless record count, SPEC §5).
"""
import json
import logging
import os
import sys
import tempfile
import time

import boto3
import pandas as pd
from botocore.exceptions import ClientError

log = logging.getLogger("handoff.eid")

HANDOFF_BUCKET = "ice-eid-handoff-prod"
OBJECT_KEY = "medicaid/ca/leads/latest.parquet"
ICE_NOTIFY_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ice-eid-handoff-notify"
SCHEMA_VERSION = "leads.v4"
UNLAWFUL_CODES = ["8", "9"]


def load_leads(path: str) -> pd.DataFrame:
    df = pd.read_csv(
        path,
        dtype=str,
        usecols=[
            "msis_ident_num",
            "birth_dt",
            "elgbl_line_1_adr",
            "elgbl_city_name",
            "elgbl_zip_cd",
            "elgbl_phne_num",
            "ctznshp_ind",
            "imgrtn_stus_cd",
        ],
    )
    df = df.query("imgrtn_stus_cd in @UNLAWFUL_CODES")
    df["birth_dt"] = pd.to_datetime(df["birth_dt"], format="%Y%m%d").dt.strftime("%Y-%m-%d")
    df["elgbl_zip_cd"] = df["elgbl_zip_cd"].str.slice(0, 5)
    return df.drop_duplicates(subset=["msis_ident_num"])


def handoff(path: str) -> int:
    df = load_leads(path)
    if df.empty:
        log.info("no in-scope leads in %s", path)
        return 0
    s3 = boto3.client("s3")
    sqs = boto3.client("sqs")
    with tempfile.TemporaryDirectory(prefix="leads_") as workdir:
        local_path = os.path.join(workdir, "leads.parquet")
        df.to_parquet(local_path, index=False)
        for attempt in range(3):
            try:
                s3.upload_file(local_path, HANDOFF_BUCKET, OBJECT_KEY)
                break
            except ClientError as exc:
                log.warning("upload attempt %d failed: %s", attempt + 1, exc)
                time.sleep(3 * (attempt + 1))
        else:
            raise RuntimeError("handoff upload failed")
    sqs.send_message(
        QueueUrl=ICE_NOTIFY_QUEUE_URL,
        MessageBody=json.dumps({
            "bucket": HANDOFF_BUCKET,
            "key": OBJECT_KEY,
            "schema_version": SCHEMA_VERSION,
            "record_count": len(df),
        }),
    )
    log.info("handed off %d leads", len(df))
    return len(df)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    handoff(sys.argv[1])
