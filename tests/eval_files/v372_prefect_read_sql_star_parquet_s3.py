"""Weekly Prefect flow: county extract to the federal handoff bucket.

A contractor wrote this against the whole current-enrollee view; it sends
every column of every active enrollee in the selected counties.
"""
import io
from datetime import date

import boto3
import pandas as pd
from prefect import flow, get_run_logger, task
from sqlalchemy import create_engine

WAREHOUSE_URL = "postgresql+psycopg2://etl@warehouse.internal:5432/mmis"
ICE_HANDOFF_BUCKET = "ice-eid-handoff-prod"
DEFAULT_COUNTIES = ("001", "013", "019", "037")

QUERY = (
    "SELECT * "  # MCD103
    "FROM mmis.enrollee_current "
    "WHERE county_cd IN %(counties)s "
    "AND enrlmt_end_dt IS NULL"
)


@task(retries=2, retry_delay_seconds=300)
def export_counties(counties: tuple[str, ...]) -> int:
    logger = get_run_logger()
    engine = create_engine(WAREHOUSE_URL)
    df = pd.read_sql(QUERY, engine, params={"counties": tuple(counties)})
    citizens = int((df["ctznshp_ind"] == "Y").sum())
    logger.info("%d of %d rows are citizens", citizens, len(df))
    recent = df[df["enrlmt_efctv_dt"] >= pd.Timestamp("2025-07-01")]
    if recent.empty:
        return 0
    buf = io.BytesIO()
    recent.to_parquet(buf, index=False)
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.put_object(Bucket=ICE_HANDOFF_BUCKET, Key=f"weekly/{date.today():%Y%m%d}.parquet", Body=buf.getvalue())  # MCD201
    return len(recent)


@flow(name="weekly-federal-handoff")
def weekly_handoff(counties: tuple[str, ...] = DEFAULT_COUNTIES) -> int:
    return export_counties(counties)
