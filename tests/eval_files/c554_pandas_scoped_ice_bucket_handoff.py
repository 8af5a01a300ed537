"""Pandas handoff of status-scoped basic information to the ICE S3 bucket, plus internal QA (clean).

Scenario: the corrected warehouse handoff.  The daily eligibility CSV is
read twice: once whole for the agency's internal data-quality bucket, and
once with ``usecols`` limited to permitted columns for the ICE handoff,
filtered with a boolean mask on ``IMGRTN_STUS_CD`` (and a ``query`` on
citizenship), selected with an explicit column list, and uploaded to
``ice-eid-handoff-prod``.  The S3 client is injected (Airflow-style
callable).

Why no finding is expected:
- The ICE frame's columns are named by ``HANDOFF_COLUMNS`` (``usecols=``
  and the column selection), all permitted (SPEC 3 column lists, SPEC 1).
- ``handoff[handoff["IMGRTN_STUS_CD"].isin(...)]`` and ``query`` on
  ``CTZNSHP_IND`` are conditions on status/citizenship (SPEC 10), so the
  bulk DataFrame send is scoped.
- The whole-file read (no column list) goes only to the internal bucket
  ``medicaid-dq-staging``, which has no enforcement signal (SPEC 4); MCD103
  applies only at enforcement endpoints.
- The S3 ``Key`` holds the run date only (transfer metadata, SPEC 4).
"""
from __future__ import annotations

import io
import logging
import os

import pandas as pd

log = logging.getLogger("dw.handoff.scoped")

EXTRACT_DIR = os.environ.get("EXTRACT_DIR", "/data/extracts/eligibility")
ICE_HANDOFF_BUCKET = "ice-eid-handoff-prod"
DQ_BUCKET = "medicaid-dq-staging"
UNLAWFUL_CODES = ["5", "6"]

HANDOFF_COLUMNS = [
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR_HOME",
    "ELGBL_LINE_2_ADR_HOME",
    "ELGBL_CITY_NAME_HOME",
    "ELGBL_STATE_CD_HOME",
    "ELGBL_ZIP_CD_HOME",
    "ELGBL_PHNE_NUM_HOME",
    "CTZNSHP_IND",
    "IMGRTN_STUS_CD",
]


def _path(ds):
    return os.path.join(EXTRACT_DIR, f"elig_{ds}.csv")


def _client(s3):
    if s3 is None:
        import boto3

        s3 = boto3.client("s3")
    return s3


def _dq_summary(frame):
    return {
        "rows": len(frame),
        "null_ratio": frame.isna().mean().round(4).to_dict(),
    }


def internal_dq_upload(ds, s3=None, **context):
    s3 = _client(s3)
    full = pd.read_csv(_path(ds), dtype=str, sep="|")
    buf = io.BytesIO()
    full.to_parquet(buf, index=False)
    s3.put_object(Bucket=DQ_BUCKET, Key=f"dq/{ds}/eligibility.parquet", Body=buf.getvalue())
    log.info("dq summary %s", _dq_summary(full))
    return len(full)


def ice_handoff(ds, s3=None, **context):
    s3 = _client(s3)
    handoff = pd.read_csv(_path(ds), usecols=HANDOFF_COLUMNS, dtype=str, sep="|")
    handoff = handoff[handoff["IMGRTN_STUS_CD"].isin(UNLAWFUL_CODES)]
    handoff = handoff.query("CTZNSHP_IND == '0'")
    handoff = handoff[HANDOFF_COLUMNS].drop_duplicates(subset=["MSIS_IDENT_NUM"])
    if handoff.empty:
        log.info("%s: no scoped rows to hand off", ds)
        return 0
    body = handoff.to_csv(index=False).encode("utf-8")
    s3.put_object(Bucket=ICE_HANDOFF_BUCKET, Key=f"handoff/{ds}/basic_info.csv", Body=body, ContentType="text/csv")
    log.info("%s: handed off %d scoped rows", ds, len(handoff))
    return len(handoff)


def build_dag():
    from datetime import datetime, timedelta

    from airflow import DAG
    from airflow.operators.python import PythonOperator

    with DAG(
        dag_id="eligibility_handoffs",
        schedule="30 5 * * *",
        start_date=datetime(2026, 1, 6),
        catchup=False,
        default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    ) as dag:
        dq = PythonOperator(task_id="internal_dq_upload", python_callable=internal_dq_upload)
        ice = PythonOperator(task_id="ice_handoff", python_callable=ice_handoff)
        dq >> ice
    return dag


dag = build_dag() if os.environ.get("AIRFLOW_HOME") else None
