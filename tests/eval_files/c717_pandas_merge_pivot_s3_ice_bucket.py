"""pandas merge of roster and claims uploaded to an ICE S3 bucket with race, NDC and no status filter.

Scenario:
    A vendor ETL script builds a "locator" extract for an ICE data call. It
    reads the enrollee roster and the pharmacy claims with explicit column
    lists, merges them, pivots a county summary for the agency's own
    dashboard, and uploads the merged frame as CSV to the ICE hand-off bucket.
    The roster query adds race, the claims query the NDC code, and nothing
    restricts the roster to people who are not lawfully present.

Expected findings:
    line 39, MCD101, race_ethnicity_cd in the roster SQL select list
    line 46, MCD102, rx_fill_dt in the claims SQL select list (the date a
        prescription was filled is medication information; added on review)
    line 47, MCD102, ndc_cd in the claims SQL select list
    line 82, MCD201, read_sql roster (all enrollees of the county) uploaded to ice-eid-handoff-prod with no condition on status
"""
from __future__ import annotations

import io
import logging
from datetime import date

import boto3
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("etl.locator")

WAREHOUSE_DSN = "postgresql+psycopg2://etl@warehouse.internal/mmis"
HANDOFF_BUCKET = "ice-eid-handoff-prod"
DASHBOARD_BUCKET = "state-medicaid-analytics"

ROSTER_SQL = (
    "SELECT m.msis_ident_num,"
    "       m.birth_dt,"
    "       m.elgbl_line_1_adr,"
    "       m.elgbl_city_name,"
    "       m.elgbl_zip_cd,"
    "       m.elgbl_cnty_cd,"
    "       m.race_ethnicity_cd"  # MCD101
    "  FROM mmis.member m"
    " WHERE m.elgbl_cnty_cd = %(county)s"
)

CLAIMS_SQL = (
    "SELECT c.msis_ident_num,"
    "       c.rx_fill_dt,"  # MCD102
    "       c.ndc_cd"  # MCD102
    "  FROM mmis.rx_claim c"
    " WHERE c.rx_fill_dt >= %(since)s"
)


def _county_summary(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.pivot_table(
        index="elgbl_cnty_cd",
        values="msis_ident_num",
        aggfunc="nunique",
    )


def build_and_upload(county: str, since: date) -> str:
    engine = sa.create_engine(WAREHOUSE_DSN)
    with engine.connect() as conn:
        roster = pd.read_sql(ROSTER_SQL, conn, params={"county": county})
        claims = pd.read_sql(CLAIMS_SQL, conn, params={"since": since})

    merged = roster.merge(claims, on="msis_ident_num", how="left")
    merged = merged.drop_duplicates(subset=["msis_ident_num"])

    s3 = boto3.client("s3")

    summary = _county_summary(merged)
    s3.put_object(
        Bucket=DASHBOARD_BUCKET,
        Key=f"locator/{county}/summary.csv",
        Body=summary.to_csv().encode(),
    )

    buf = io.StringIO()
    merged.to_csv(buf, index=False)
    key = f"locator/{county}/{date.today():%Y%m%d}.csv"
    s3.put_object(Bucket=HANDOFF_BUCKET, Key=key, Body=buf.getvalue().encode())  # MCD201
    log.info("uploaded %d rows to s3://%s/%s", len(merged), HANDOFF_BUCKET, key)
    return key
