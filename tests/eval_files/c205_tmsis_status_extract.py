"""Monthly T-MSIS pull for the ICE data call, limited to enrollees without lawful status.

Selects only emergency-only (non-qualified) non-citizen enrollees and only the
basic columns: Medicaid ID, date of birth, home address, phone and status.
"""
import csv
import io
import logging

import boto3
import pandas as pd
import psycopg2
import psycopg2.extras

log = logging.getLogger(__name__)

DSN = "dbname=taf host=tmsis-dw.mmis.internal user=etl_reader sslmode=require"
DATACALL_BUCKET = "ice-ero-datacall-drop"
LANDING_CSV = "/data/landing/elig/roster.csv"

SQL = """
    SELECT msis_ident_num,
           birth_dt,
           elgbl_line_1_adr_home,
           elgbl_city_name_home,
           elgbl_zip_cd_home,
           elgbl_phne_num_home,
           imgrtn_stus_cd
      FROM taf_de_base
     WHERE imgrtn_stus_cd = '3'
       AND ctznshp_ind = '0'
       AND death_dt IS NULL
     ORDER BY elgbl_last_name, msis_ident_num
"""

FIELDNAMES = [
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr_home",
    "elgbl_city_name_home",
    "elgbl_zip_cd_home",
    "elgbl_phne_num_home",
    "imgrtn_stus_cd",
]

_s3 = boto3.client("s3", region_name="us-gov-west-1")


def monthly_extract(run_month: str) -> int:
    buf = io.StringIO()
    count = 0
    with psycopg2.connect(DSN) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(SQL)
            writer = csv.DictWriter(buf, fieldnames=FIELDNAMES)
            writer.writeheader()
            for row in cur:
                writer.writerow(row)
                count += 1
    _s3.put_object(Bucket=DATACALL_BUCKET, Key=f"monthly/{run_month}.csv", Body=buf.getvalue().encode("utf-8"))
    log.info("monthly extract %s: %d rows", run_month, count)
    return count


def landing_file_extract(run_month: str) -> int:
    df = pd.read_csv(
        LANDING_CSV,
        usecols=["MEDICAID_ID", "DOB", "ADDRESS1", "ZIP", "PHONE", "IMGRTN_STUS_CD"],
        dtype=str,
    )
    df = df.query("IMGRTN_STUS_CD == '3'")
    _s3.put_object(Bucket=DATACALL_BUCKET, Key=f"landing/{run_month}.csv", Body=df.to_csv(index=False))
    return len(df)
