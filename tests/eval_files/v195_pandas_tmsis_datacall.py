"""Quarterly T-MSIS data-call extracts for the ICE ERO S3 drop (pandas + SQLAlchemy).

Three pulls feed the drop bucket: the main eligibility/claims join from the
TAF warehouse, a supplemental full-row pull for emergency-only enrollees, and
the MMIS vendor's landing file.
"""
import logging

import boto3
import pandas as pd
from sqlalchemy import create_engine

log = logging.getLogger(__name__)

ENGINE = create_engine("postgresql+psycopg2://etl_reader@tmsis-dw.mmis.internal:5432/taf")
DROP_BUCKET = "ice-ero-datacall-drop"
LANDING_CSV = "/data/landing/elig/de_base_extract.csv"

EXTRACT_SQL = (
    "SELECT e.msis_ident_num,"
    "       e.birth_dt,"
    "       e.elgbl_line_1_adr_home,"
    "       e.elgbl_zip_cd_home,"
    "       e.imgrtn_stus_cd,"
    "       e.ssn_num,"  # MCD101
    "       e.elgbl_1st_name,"  # MCD101
    "       h.dgns_1_cd"  # MCD102
    "  FROM taf_de_base e"
    "  JOIN taf_ip_header h ON h.msis_ident_num = e.msis_ident_num"
    " WHERE e.submtg_state_cd = %(submitting_state)s"
    " ORDER BY e.imgrtn_stus_cd, e.msis_ident_num"
)

_s3 = boto3.client("s3", region_name="us-gov-west-1")


def run_quarterly(quarter: str, submitting_state: str) -> str:
    df = pd.read_sql(EXTRACT_SQL, ENGINE, params={"submitting_state": submitting_state})
    log.info("quarterly extract %s: %d rows", quarter, len(df))
    key = f"tmsis/{quarter}/de_base.csv"
    _s3.put_object(Bucket=DROP_BUCKET, Key=key, Body=df.to_csv(index=False).encode("utf-8"))  # MCD201
    return key


def run_supplement(quarter: str) -> str:
    df = pd.read_sql(
        "SELECT * "  # MCD103
        "  FROM taf_de_base"
        " WHERE imgrtn_stus_cd IN ('3')",
        ENGINE,
    )
    key = f"tmsis/{quarter}/supplement.json"
    _s3.put_object(Bucket=DROP_BUCKET, Key=key, Body=df.to_json(orient="records").encode("utf-8"))
    return key


def run_landing_file(quarter: str) -> str:
    df = pd.read_csv(
        LANDING_CSV,
        usecols=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_PHNE_NUM_HOME",
            "IMGRTN_STUS_CD",
            "SEX_CD",  # MCD101
        ],
        dtype=str,
    )
    df = df[df["IMGRTN_STUS_CD"] == "3"]
    key = f"landing/{quarter}/roster.csv"
    _s3.put_object(Bucket=DROP_BUCKET, Key=key, Body=df.to_csv(index=False).encode("utf-8"))
    return key


if __name__ == "__main__":
    import sys

    run_quarterly(sys.argv[1], sys.argv[2])
    run_supplement(sys.argv[1])
    run_landing_file(sys.argv[1])
