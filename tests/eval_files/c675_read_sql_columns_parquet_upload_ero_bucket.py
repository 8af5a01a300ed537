"""T-MSIS lead extract: pandas over SQL, a Parquet file, and an upload to the ERO bucket.

Scenario: a state's T-MSIS analytics team extracts enrollees whose
immigration status code is 3 or 5 and who had a claim since a given date,
writes the frame to a local Parquet file, and a second step uploads that
file to the ERO intake bucket. The query joins the claim header table to
test the service date and, by mistake, also selects the race/ethnicity
code and the first diagnosis code.

Expected findings (the select list of a SQL query is a column list, each
name a placement at its own line, SPEC section 3; the frame read with that
query is written to the file that is uploaded later, SPEC section 4,
"files written for later upload"):
- line 50: MCD101 'race_ethncty_cd' (race/ethnicity);
- line 51: MCD102 'dgns_1_cd' (diagnosis): health information stays barred.
Destination: the bucket ``ero-leads-intake`` holds the token ``ero`` after
splitting on ``-``; the constant name carries ``ero`` too (SPEC section 4).

Not findings: the other select-list columns are permitted (MSIS ID, birth
date, address line, city, ZIP, phone, immigration status code). The
``JOIN ... ON`` and ``WHERE`` columns send nothing (SPEC section 3). The
``WHERE e.imgrtn_stus_cd IN ('3', '5')`` is a condition on immigration
status between the source and the upload, so no MCD201 (SPEC section 10).
The S3 ``Key`` is transfer metadata (SPEC section 4).
"""
from __future__ import annotations

import logging
import os
from datetime import date

import boto3
import pandas as pd
import psycopg2

log = logging.getLogger("tmsis.ero_leads")

ERO_LEADS_BUCKET = "ero-leads-intake"
SPOOL_DIR = os.environ.get("TMSIS_SPOOL_DIR", "/var/spool/tmsis")

LEADS_SQL = (
    "SELECT DISTINCT "
    "       e.msis_ident_num, "
    "       e.birth_dt, "
    "       e.elgbl_line_1_adr, "
    "       e.elgbl_city_name, "
    "       e.elgbl_zip_cd, "
    "       e.elgbl_phne_num, "
    "       e.imgrtn_stus_cd, "
    "       e.race_ethncty_cd, "  # MCD101
    "       c.dgns_1_cd "  # MCD102
    "  FROM tmsis.elg_enrollee e "
    "  JOIN tmsis.clm_header c "
    "    ON c.msis_ident_num = e.msis_ident_num "
    " WHERE e.imgrtn_stus_cd IN ('3', '5') "
    "   AND c.srvc_end_dt >= %(since)s"
)

s3 = boto3.client("s3", region_name="us-gov-west-1")


def write_extract(conn, since: date) -> str:
    df = pd.read_sql(LEADS_SQL, conn, params={"since": since})
    df = df.drop_duplicates(subset=["msis_ident_num"], keep="first")
    df["birth_dt"] = pd.to_datetime(df["birth_dt"]).dt.strftime("%Y-%m-%d")
    path = os.path.join(SPOOL_DIR, f"leads_{since:%Y%m%d}.parquet")
    df.to_parquet(path, index=False, compression="snappy")
    log.info("wrote %d enrollees to %s", len(df), path)
    return path


def upload_extract(path: str, since: date) -> str:
    key = f"tmsis/{since:%Y/%m}/{os.path.basename(path)}"
    s3.upload_file(path, ERO_LEADS_BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    return key


def run(since: date) -> str:
    conn = psycopg2.connect(os.environ["TMSIS_DSN"])
    try:
        path = write_extract(conn, since)
    finally:
        conn.close()
    key = upload_extract(path, since)
    os.remove(path)
    log.info("uploaded s3://%s/%s", ERO_LEADS_BUCKET, key)
    return key
