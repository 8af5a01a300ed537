"""pandas merge of roster and claims: full pivot to the state warehouse, status-masked projection to ICE.

Scenario:
    A state analytics job merges the enrollee roster with paid claims,
    pivots spending by county and aid code for the Department's own
    warehouse bucket, and, for the ICE data call, masks the merged frame to
    enrollees whose immigration status is "not lawfully present" and keeps
    only basic-category columns before uploading a CSV to the ICE bucket.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - The pivot with claims and aid codes goes to "wa-hca-analytics", a
      bucket with no enforcement token and no enforcement host (SPEC section 4).
    - The ICE upload is a DataFrame column selection of basic categories
      only (SPEC section 3 column lists; section 1 categories).
    - df[df["imgrtn_stus_cd"].isin(...)] is a condition on immigration status
      between the bulk source and the send (SPEC section 10).
"""
from __future__ import annotations

import io
import logging
from datetime import date

import boto3
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("analytics.datacall")

WAREHOUSE_DSN = "postgresql+psycopg2://etl@warehouse.internal/mmis"
STATE_BUCKET = "wa-hca-analytics"
ICE_BUCKET = "ice-eid-datacall-wa"
NOT_LAWFUL = ["3", "8"]
ICE_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr",
    "elgbl_city_name",
    "elgbl_zip_cd",
    "elgbl_phne_num",
]


def load(engine) -> pd.DataFrame:
    roster = pd.read_sql_table("member", engine, schema="mmis")
    claims = pd.read_sql_table("paid_claim", engine, schema="mmis")
    return roster.merge(claims, on="msis_ident_num", how="left")


def upload_state_pivot(s3, merged: pd.DataFrame, run: date) -> None:
    pivot = merged.pivot_table(
        index="elgbl_cnty_cd",
        columns="aid_code",
        values="mdcd_pd_amt",
        aggfunc="sum",
        fill_value=0,
    )
    s3.put_object(Bucket=STATE_BUCKET, Key=f"spend/{run:%Y%m%d}.csv", Body=pivot.to_csv().encode())


def upload_ice_projection(s3, merged: pd.DataFrame, run: date) -> int:
    in_scope = merged[merged["imgrtn_stus_cd"].isin(NOT_LAWFUL)]
    projected = in_scope[ICE_COLUMNS].drop_duplicates(subset="msis_ident_num")
    buf = io.StringIO()
    projected.to_csv(buf, index=False)
    s3.put_object(Bucket=ICE_BUCKET, Key=f"datacall/{run:%Y%m%d}.csv", Body=buf.getvalue().encode())
    return len(projected)


def main(run: date | None = None) -> None:
    run = run or date.today()
    engine = sa.create_engine(WAREHOUSE_DSN)
    merged = load(engine)
    s3 = boto3.client("s3")
    upload_state_pivot(s3, merged, run)
    count = upload_ice_projection(s3, merged, run)
    log.info("datacall %s: %d enrollees projected for ICE", run, count)


if __name__ == "__main__":
    main()
