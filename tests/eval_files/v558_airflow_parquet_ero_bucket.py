"""Airflow callables that hand a warehouse parquet extract to an ERO S3 bucket.

Scenario: a Medicaid data-warehouse vendor runs two Airflow tasks.  The
first reads the daily eligibility parquet extract with a column list,
keeps one submitting state's rows, sorts them by immigration status and
uploads the CSV to ``ero-lead-handoff-prod``; the second "reconciles" by
re-reading the whole parquet file and uploading it to the same bucket.  The
S3 client is injected by the operator (``s3=None`` parameter, type unknown).

Expected findings:
- The bucket name ``ero-lead-handoff-prod`` contains the token ``ero`` as a
  whole word, so both uploads are enforcement sinks (SPEC 4).
- ``LEAD_COLUMNS`` is the ``columns=`` list of ``pd.read_parquet``; column
  lists are placements, each name at its own line (SPEC 3):
  * ``"RACE_ETHNCTY_CD"`` -> race/ethnicity, MCD101;
  * ``"DSBLTY_TYPE_CD"`` -> disability (health), MCD102;
  * ``"HSEHLD_SIZE_CD"`` -> household, MCD101.
  The other listed columns are permitted (Medicaid ID, DOB, home address,
  phone, immigration status, state of residence).
- MCD201 at the ``put_object`` call of ``export_ero_leads``: a DataFrame is a
  bulk source, its CSV is sent after it, and the only filter is on
  ``ELGBL_STATE_CD``; ``sort_values("IMGRTN_STUS_CD")`` is sorting, not a
  condition (SPEC 10).
- In ``reconcile_ero_leads``: MCD103 at ``pd.read_parquet(path)`` (a DataFrame
  read with no column list, SPEC 3 MCD103 list) and MCD201 at the
  ``upload_fileobj`` call (bulk DataFrame, no status condition; the BytesIO
  conversion keeps the data's names, SPEC 6).
"""
from __future__ import annotations

import io
import logging
import os
from datetime import datetime, timedelta

import pandas as pd

log = logging.getLogger("dw.handoff")

EXTRACT_ROOT = os.environ.get("ELIG_EXTRACT_ROOT", "/data/extracts/eligibility")
ERO_HANDOFF_BUCKET = "ero-lead-handoff-prod"
STATE_CD = os.environ.get("HANDOFF_STATE_CD", "CA")

LEAD_COLUMNS = [
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR_HOME",
    "ELGBL_CITY_NAME_HOME",
    "ELGBL_STATE_CD",
    "ELGBL_ZIP_CD_HOME",
    "ELGBL_PHNE_NUM_HOME",
    "IMGRTN_STUS_CD",
    "RACE_ETHNCTY_CD",  # MCD101
    "DSBLTY_TYPE_CD",  # MCD102
    "HSEHLD_SIZE_CD",  # MCD101
]

default_args = {
    "owner": "dw-handoff",
    "retries": 3,
    "retry_delay": timedelta(minutes=10),
    "email_on_failure": True,
}


def _extract_path(ds):
    return os.path.join(EXTRACT_ROOT, f"ds={ds}", "eligibility.parquet")


def _s3_client(s3):
    if s3 is not None:
        return s3
    import boto3

    return boto3.client("s3", region_name=os.environ.get("AWS_REGION", "us-gov-west-1"))


def _log_shape(frame, label):
    log.info("%s: %d rows x %d columns", label, len(frame), len(frame.columns))
    return frame


def export_ero_leads(ds, s3=None, **context):
    """Daily export: state rows of the eligibility extract, as CSV."""
    s3 = _s3_client(s3)
    frame = pd.read_parquet(_extract_path(ds), columns=LEAD_COLUMNS)
    frame = frame[frame["ELGBL_STATE_CD"] == STATE_CD]
    frame = frame.sort_values("IMGRTN_STUS_CD", na_position="last")
    _log_shape(frame, "ero leads")
    body = frame.to_csv(index=False).encode("utf-8")
    s3.put_object(Bucket=ERO_HANDOFF_BUCKET, Key=f"leads/{ds}/ero_leads.csv", Body=body, ContentType="text/csv")  # MCD201
    context.get("ti") and context["ti"].xcom_push(key="lead_rows", value=len(frame))
    return len(frame)


def reconcile_ero_leads(ds, s3=None, **context):
    """Weekly reconcile: resend the full extract so ERO can diff against it."""
    s3 = _s3_client(s3)
    run_date = datetime.strptime(ds, "%Y-%m-%d").date()
    if run_date.weekday() != 6:
        log.info("reconcile runs on Sundays only; skipping %s", ds)
        return 0
    frame = pd.read_parquet(_extract_path(ds))  # MCD103
    _log_shape(frame, "reconcile")
    buf = io.BytesIO(frame.to_csv(index=False).encode("utf-8"))
    key = f"reconcile/{ds}/full_extract.csv"
    s3.upload_fileobj(buf, ERO_HANDOFF_BUCKET, key)  # MCD201
    return len(frame)


def build_dag():
    from airflow import DAG
    from airflow.operators.python import PythonOperator

    with DAG(
        dag_id="ero_lead_handoff",
        default_args=default_args,
        schedule="0 4 * * *",
        start_date=datetime(2026, 1, 6),
        catchup=False,
        tags=["handoff", "eligibility"],
    ) as dag:
        export = PythonOperator(task_id="export_ero_leads", python_callable=export_ero_leads)
        reconcile = PythonOperator(task_id="reconcile_ero_leads", python_callable=reconcile_ero_leads)
        export >> reconcile
    return dag


dag = build_dag() if os.environ.get("AIRFLOW_HOME") else None
