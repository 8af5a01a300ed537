"""Data-warehouse member dimension shared with ICE via S3, plus an ad-hoc referral (violating).

Scenario: a state Medicaid data-warehouse team builds a "DHS share" job.  It
reads the member dimension for counties with renewals due with ``SELECT *``
into pandas, writes Parquet and uploads it to the bucket
``dhs-ice-warehouse-share``.  A second function lets an analyst refer one
member object straight to the ICE API with ``vars(member)``.

Destinations: the bucket ``dhs-ice-warehouse-share`` holds the ``dhs`` and
``ice`` tokens (SPEC section 4; no state name next to ``dhs``);
``ICE_API_BASE`` folds to ``api.eid.ice.gov`` (``*.ice.gov``).

Expected findings:
- The ``SELECT * `` line of ``EXPORT_SQL``: every column of the record,
  MCD103 at the line of the ``*`` in the SQL string (SPEC section 3).
- ``s3.upload_file(...)``: the Parquet file holds ``read_sql`` rows (bulk
  source) whose ``WHERE`` tests only county and renewal date, and the
  pandas steps only drop duplicates and cast dates, so MCD201 at the
  upload (SPEC section 10, file written and uploaded later).
- ``json=vars(member)``: a whole, unbounded record, MCD103 at the
  expression (SPEC sections 3 and 9).  One member passed by the caller:
  not bulk.
Not findings: the S3 ``Key`` is transfer metadata built from a date
(SPEC section 4); ``len(df)`` and the row-count metric carry no field.
"""
import logging
import os
import tempfile
import time
from datetime import date, timedelta

import boto3
import pandas as pd
import requests
import sqlalchemy

SHARE_BUCKET = "dhs-ice-warehouse-share"
ICE_API_BASE = os.getenv("ICE_API_BASE", "https://api.eid.ice.gov/v1")
DW_URL = os.getenv("DW_URL", "snowflake://dw_export@acme-medicaid/DW/MEMBER")
COUNTIES = ("06037", "06059", "06071")
EXPORT_SQL = (
    "SELECT * "  # MCD103
    "FROM dw.member_dim d "
    "WHERE d.county_fips IN %(counties)s "
    "AND d.renewal_due_dt <= %(cutoff)s"
)

log = logging.getLogger("dw.dhs_share")
cloudwatch = boto3.client("cloudwatch", region_name="us-east-1")


def _metric(name: str, value: float) -> None:
    cloudwatch.put_metric_data(
        Namespace="DW/Exports",
        MetricData=[{"MetricName": name, "Value": value, "Unit": "Count"}],
    )


def _tidy(df: pd.DataFrame) -> pd.DataFrame:
    df = df.drop_duplicates(subset=["msis_ident_num"], keep="last")
    if "birth_dt" in df.columns:
        df["birth_dt"] = pd.to_datetime(df["birth_dt"], errors="coerce").dt.date
    return df


def export_share(days_ahead: int = 45) -> int:
    engine = sqlalchemy.create_engine(DW_URL)
    cutoff = date.today() + timedelta(days=days_ahead)
    started = time.monotonic()
    df = pd.read_sql(EXPORT_SQL, engine, params={"counties": COUNTIES, "cutoff": cutoff})
    df = _tidy(df)
    rows = len(df)
    if rows == 0:
        log.info("no members due before %s", cutoff)
        return 0
    s3 = boto3.client("s3", region_name="us-east-1")
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, "member_dim.parquet")
        df.to_parquet(local, index=False, compression="snappy")
        key = f"member_dim/{date.today():%Y/%m/%d}/member_dim.parquet"
        s3.upload_file(local, SHARE_BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})  # MCD201
    _metric("MemberDimRowsShared", rows)
    log.info("shared %d rows in %.1fs", rows, time.monotonic() - started)
    return rows


def refer_member(member) -> str:
    for attempt in range(3):
        resp = requests.post(f"{ICE_API_BASE}/referrals", json=vars(member), timeout=30)  # MCD103
        if resp.status_code != 503:
            resp.raise_for_status()
            return resp.json()["referral_number"]
        time.sleep(5 * (attempt + 1))
    raise RuntimeError("ICE referral API unavailable")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    export_share()
