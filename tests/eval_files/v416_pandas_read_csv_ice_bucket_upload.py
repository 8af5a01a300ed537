"""Airflow-style tasks that push the eligibility extract to the ICE hand-off
bucket: a weekly full file and a targeted status-matched file.

VIOLATING. Bucket ice-eid-handoff-prod carries the token "ice" (SPEC 4).
- weekly_full_extract: pd.read_csv with no column list is a whole record,
  MCD103 at the read_csv line (SPEC 3); the DataFrame is a bulk source
  written to a file uploaded later with no status condition, so MCD201 at
  the upload_file call (SPEC 10, "reported at the upload").
- targeted_extract: usecols is a column list (SPEC 3); its SEX_CD element,
  MCD101 (sex, reference TSV SEX_CD). The rows are filtered on
  IMGRTN_STUS_CD, which clears MCD201 for that put_object (SPEC 10).
S3 keys are transfer metadata (SPEC 4).
"""
import io
import logging
import os
from datetime import date

import boto3
import pandas as pd

log = logging.getLogger("handoff.extract")

ICE_HANDOFF_BUCKET = "ice-eid-handoff-prod"
EXTRACT_PATH = "/data/mmis/extracts/elg_current.csv"
STAGING_DIR = "/data/mmis/staging"
UNLAWFUL_CODES = ["8"]

s3 = boto3.client("s3", region_name="us-gov-west-1")


def weekly_full_extract(run_date: date) -> str:
    df = pd.read_csv(EXTRACT_PATH, dtype=str, keep_default_na=False)  # MCD103
    out = os.path.join(STAGING_DIR, f"elg_full_{run_date:%Y%m%d}.csv")
    df.to_csv(out, index=False)
    key = f"weekly/{run_date:%Y%m%d}/elg_full.csv"
    s3.upload_file(out, ICE_HANDOFF_BUCKET, key)  # MCD201
    log.info("uploaded %d rows to s3://%s/%s", len(df), ICE_HANDOFF_BUCKET, key)
    return key


def targeted_extract(run_date: date) -> str:
    df = pd.read_csv(
        EXTRACT_PATH,
        usecols=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_ZIP_CD_HOME",
            "IMGRTN_STUS_CD",
            "SEX_CD",  # MCD101
        ],
        dtype=str,
    )
    df = df[df["IMGRTN_STUS_CD"].isin(UNLAWFUL_CODES)]
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    key = f"targeted/{run_date:%Y%m%d}/elg_status_matched.csv"
    s3.put_object(Bucket=ICE_HANDOFF_BUCKET, Key=key, Body=buf.getvalue().encode("utf-8"))
    log.info("uploaded %d status-matched rows", len(df))
    return key
