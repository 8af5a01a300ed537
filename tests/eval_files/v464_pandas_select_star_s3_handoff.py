"""Monthly eligibility dump to the ICE hand-off bucket (violating).

Scenario: a data-warehouse job written for a "data sharing pilot" reads a
county's whole eligibility table with pandas and drops it as CSV into the
S3 hand-off bucket that ICE pulls from.  Nobody selected columns or
people.

Destination: the bucket name ``ice-eid-handoff-prod`` contains the ``ice``
token as a whole word after splitting on ``-`` (SPEC §4), so
``put_object`` is an enforcement sink.  ``Key`` is transfer metadata
(SPEC §4) and carries only the county, which is permitted.

Expected findings:
- ``SELECT *`` in ``EXPORT_SQL`` supplies every column of each record ->
  MCD103 at the line of the ``*`` in the SQL string (SPEC §3).
- The DataFrame from ``read_sql`` is a bulk source; its CSV text (a method
  of the value keeps its names, SPEC §6) reaches ``put_object`` with no
  condition on immigration status or citizenship anywhere on the path (the
  WHERE tests county and eligibility end date only) -> MCD201 at the
  ``put_object`` call (SPEC §10).
"""
import logging
import os
from datetime import date

import boto3
import pandas as pd
import sqlalchemy as sa

HANDOFF_BUCKET = "ice-eid-handoff-prod"
EXPORT_SQL = (
    "SELECT * "  # MCD103
    "  FROM dw.recipient_eligibility"
    " WHERE county_cd = %(county)s"
    "   AND elig_end_dt IS NULL"
)

log = logging.getLogger("dw.handoff")


def load_county(engine, county: str) -> pd.DataFrame:
    df = pd.read_sql(EXPORT_SQL, engine, params={"county": county})
    if df.empty:
        log.info("county has no open eligibility spans")
    return df


def export_county(county: str, run_date: date | None = None) -> int:
    run_date = run_date or date.today()
    engine = sa.create_engine(os.environ["DW_DSN"])
    df = load_county(engine, county)
    if df.empty:
        return 0
    body = df.to_csv(index=False).encode("utf-8")
    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.put_object(Bucket=HANDOFF_BUCKET, Key=f"eligibility/{county}.csv", Body=body)  # MCD201
    log.info("exported %d rows for %s", len(df), run_date)
    return len(df)


if __name__ == "__main__":
    for county in os.environ.get("EXPORT_COUNTIES", "19,37").split(","):
        export_county(county.strip())
