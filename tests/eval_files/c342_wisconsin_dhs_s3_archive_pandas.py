"""Airflow task: archive the daily claims and eligibility snapshot of the
Wisconsin Department of Health Services (the state Medicaid agency) to the
agency's own S3 bucket, and notify the CMS T-MSIS liaison topic.
"""
import io
import json
import os
from datetime import datetime, timedelta

import boto3
import pandas as pd
from airflow import DAG
from airflow.operators.python import PythonOperator
from sqlalchemy import create_engine

WI_DHS_ARCHIVE_BUCKET = "wisconsin-dhs-medicaid-archive"
DHS_SNAPSHOT_PREFIX = "snapshots/daily"
CMS_LIAISON_TOPIC = "arn:aws-us-gov:sns:us-gov-west-1:123456789012:wi-dhs-tmsis-liaison"


def archive_snapshot(ds, **_):
    engine = create_engine(os.environ["INTERCHANGE_DSN"])
    members = pd.read_sql("SELECT * FROM interchange.member_eligibility", engine)
    claims = pd.read_sql(
        "SELECT icn, member_id, dx_1, dx_2, hcpcs_code, paid_amount, rendering_npi "
        "FROM interchange.claim_header WHERE paid_date = %(ds)s",
        engine,
        params={"ds": ds},
    )

    s3 = boto3.client("s3")
    for name, frame in (("members", members), ("claims", claims)):
        buf = io.StringIO()
        frame.to_csv(buf, index=False)
        s3.put_object(
            Bucket=WI_DHS_ARCHIVE_BUCKET,
            Key=f"{DHS_SNAPSHOT_PREFIX}/{ds}/{name}.csv",
            Body=buf.getvalue().encode("utf-8"),
            ServerSideEncryption="aws:kms",
        )

    sns = boto3.client("sns")
    sns.publish(
        TopicArn=CMS_LIAISON_TOPIC,
        Subject=f"WI DHS snapshot {ds}",
        Message=json.dumps({"date": ds, "members": len(members), "claims": len(claims)}),
    )


with DAG(
    dag_id="wi_dhs_daily_archive",
    start_date=datetime(2025, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
) as dag:
    PythonOperator(task_id="archive_snapshot", python_callable=archive_snapshot)
