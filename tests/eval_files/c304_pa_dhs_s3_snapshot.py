"""Monthly member-month snapshot to the Pennsylvania DHS analytics bucket.

Pennsylvania's Medicaid agency is the Department of Human Services; its
analytics team receives a full member-month snapshot from each managed-care
organization.  The bucket belongs to PA DHS (account 7781...), not to us.
"""
from __future__ import annotations

import logging
import os
import tempfile
from datetime import date

import boto3
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("mco.pa_dhs_snapshot")

PA_DHS_EXPORT_BUCKET = os.environ.get("PA_DHS_EXPORT_BUCKET", "pa-dhs-eligibility-exports")
PA_DHS_PREFIX = "mco-4471/member-month"
WAREHOUSE_DSN = os.environ.get("WAREHOUSE_DSN", "postgresql+psycopg2://etl@warehouse/mco")


def _snapshot(engine: sa.Engine, month: date) -> pd.DataFrame:
    return pd.read_sql(
        sa.text("SELECT * FROM reporting.member_month WHERE eligibility_month = :month"),
        engine,
        params={"month": month},
    )


def export_month(month: date) -> str:
    engine = sa.create_engine(WAREHOUSE_DSN, pool_pre_ping=True)
    df = _snapshot(engine, month)
    log.info("snapshot %s: %d rows, %d columns", month, len(df), len(df.columns))

    key = f"{PA_DHS_PREFIX}/{month:%Y-%m}/member_month.parquet"
    s3 = boto3.client("s3")
    with tempfile.TemporaryDirectory() as tmp:
        local_path = os.path.join(tmp, "member_month.parquet")
        df.to_parquet(local_path, index=False)
        s3.upload_file(
            local_path,
            PA_DHS_EXPORT_BUCKET,
            key,
            ExtraArgs={"ServerSideEncryption": "aws:kms", "ACL": "bucket-owner-full-control"},
        )
    log.info("uploaded s3://%s/%s", PA_DHS_EXPORT_BUCKET, key)
    return key


if __name__ == "__main__":
    import sys

    export_month(date.fromisoformat(sys.argv[1]))
