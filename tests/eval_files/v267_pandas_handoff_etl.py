"""Pandas ETL: weekly extract of enrollees joined with claims, uploaded to the ICE handoff bucket.
SQL select list columns are placements at their own lines (SPEC 3): ssn_num MCD101,
race_ethncty_cd MCD101; msis_ident_num/birth_dt/elgbl_zip_cd are permitted, and the WHERE column
sends nothing. usecols is a column list: dgns_1_cd MCD102 on that line. The bucket
'ice-eid-handoff-prod' carries the token 'ice' (SPEC 4). MCD201 at put_object: read_sql/read_csv
DataFrames are bulk sources and the only filters (enrollment end, zip present) never test
immigration status or citizenship (SPEC 10).
"""
import datetime as dt
import io
import logging

import boto3
import pandas as pd
import sqlalchemy as sa

log = logging.getLogger("handoff_etl")

WAREHOUSE = sa.create_engine("postgresql+psycopg2://etl@warehouse.internal/tmsis")
HANDOFF_BUCKET = "ice-eid-handoff-prod"

MEMBER_SQL = (
    "SELECT msis_ident_num, "
    "       birth_dt, "
    "       elgbl_zip_cd, "
    "       ssn_num, "  # MCD101
    "       race_ethncty_cd "  # MCD101
    "  FROM taf_de_base "
    " WHERE enrlmt_end_dt IS NULL"
)


def extract_members() -> pd.DataFrame:
    return pd.read_sql(sa.text(MEMBER_SQL), WAREHOUSE)


def extract_claims(path: str) -> pd.DataFrame:
    return pd.read_csv(
        path,
        usecols=["msis_ident_num", "dgns_1_cd"],  # MCD102
        dtype=str,
    )


def transform(members: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    merged = members.merge(claims, on="msis_ident_num", how="left")
    merged = merged[merged["elgbl_zip_cd"].notna()]
    return merged.drop_duplicates()


def run(claims_path: str) -> str:
    frame = transform(extract_members(), extract_claims(claims_path))
    log.info("handoff rows: %d", len(frame))
    buf = io.StringIO()
    frame.to_csv(buf, index=False)
    key = f"weekly/{dt.date.today():%Y-%m-%d}/subjects.csv"
    s3 = boto3.client("s3")
    s3.put_object(Bucket=HANDOFF_BUCKET, Key=key, Body=buf.getvalue().encode("utf-8"))  # MCD201
    return key


if __name__ == "__main__":
    run("/data/claims/weekly_ot_headers.csv")
