"""Airflow DAG (PythonOperator): weekly T-MSIS-style fixed-width hand-off of
status-matched enrollees to the ICE EID intake bucket. Written by the MMIS
operations vendor after the Dec. 29, 2025 order.

CLEAN (no finding expected).
- The extract SQL selects only permitted columns: msis_ident_num (medicaid_id),
  birth_dt (date_of_birth), elgbl_*_home address parts, elgbl_phne_num_home
  (phone), ctznshp_ind (citizenship), imgrtn_stus_cd (immigration_status)
  (SPEC 1, SPEC 3 column lists, reference TSV).
- Each detail record formats those same permitted fields, one read each.
- The SQL WHERE tests imgrtn_stus_cd, a condition on status between the
  cursor (bulk source) and the upload, so no MCD201 (SPEC 10).
- Header/trailer records hold only constants, batch_id and record_count
  (harmless, SPEC 5); the S3 Key built from the run date is transfer
  metadata (SPEC 4); ExtraArgs is a connection setting.
"""
import logging
import os
import uuid
from datetime import datetime, timedelta

import boto3
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook
from psycopg2.extras import RealDictCursor

log = logging.getLogger(__name__)

HANDOFF_BUCKET = os.environ.get("EID_HANDOFF_BUCKET", "ice-eid-tmsis-handoff")
MMIS_CONN_ID = "mmis_reporting"
LOCAL_DIR = "/opt/airflow/tmp/handoff"
AGENCY_CODE = "CA-DHCS"
RECORD_LAYOUT_VERSION = "EID-FW-02"
UNLAWFUL_STATUS_CODES = ("3",)  # no lawful status / emergency-only scope

EXTRACT_SQL = (
    "SELECT msis_ident_num, birth_dt, elgbl_line_1_adr_home, elgbl_city_name_home,"
    " elgbl_state_cd_home, elgbl_zip_cd_home, elgbl_phne_num_home,"
    " ctznshp_ind, imgrtn_stus_cd"
    " FROM tmsis.tmsis_elgbl_cntct_current"
    " WHERE imgrtn_stus_cd IN %(codes)s"
    " AND submtg_state_cd = %(state)s"
    " ORDER BY msis_ident_num"
)


def fw(value, width: int) -> str:
    """Left-justify and truncate to a fixed width, blanks for NULL."""
    return str(value if value is not None else "").ljust(width)[:width]


def detail_record(row: dict) -> str:
    return "".join([
        "D",
        fw(row["msis_ident_num"], 20),
        fw(row["birth_dt"].strftime("%Y%m%d"), 8),
        fw(row["elgbl_line_1_adr_home"], 60),
        fw(row["elgbl_city_name_home"], 30),
        fw(row["elgbl_state_cd_home"], 2),
        fw(row["elgbl_zip_cd_home"], 9),
        fw(row["elgbl_phne_num_home"], 10),
        fw(row["ctznshp_ind"], 1),
        fw(row["imgrtn_stus_cd"], 1),
    ])


def build_and_upload(ds_nodash: str, **_context) -> None:
    hook = PostgresHook(postgres_conn_id=MMIS_CONN_ID)
    conn = hook.get_conn()
    try:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(EXTRACT_SQL, {"codes": UNLAWFUL_STATUS_CODES, "state": "06"})
            rows = cur.fetchall()
    finally:
        conn.close()

    batch_id = uuid.uuid4().hex
    record_count = len(rows)
    os.makedirs(LOCAL_DIR, exist_ok=True)
    local_path = os.path.join(LOCAL_DIR, f"tmsis_fw_{ds_nodash}.txt")
    with open(local_path, "w", encoding="ascii", errors="replace") as fh:
        fh.write(f"H{AGENCY_CODE:<10}{RECORD_LAYOUT_VERSION:<10}{batch_id:<32}\n")
        for row in rows:
            fh.write(detail_record(row) + "\n")
        fh.write(f"T{record_count:>9}\n")

    s3 = boto3.client("s3", region_name="us-gov-west-1")
    s3.upload_file(
        local_path,
        HANDOFF_BUCKET,
        f"inbound/{ds_nodash}/tmsis_fw.txt",
        ExtraArgs={"ServerSideEncryption": "aws:kms"},
    )
    log.info("uploaded %d status-matched records, batch %s", record_count, batch_id)


default_args = {
    "owner": "mmis-ops",
    "retries": 2,
    "retry_delay": timedelta(minutes=15),
    "email_on_failure": True,
    "email": ["mmis-oncall@dhcs.ca.gov"],
}

with DAG(
    dag_id="tmsis_fixed_width_weekly_handoff",
    schedule="0 6 * * 1",
    start_date=datetime(2026, 1, 12),
    catchup=False,
    default_args=default_args,
    tags=["tmsis", "handoff"],
) as dag:
    PythonOperator(
        task_id="build_and_upload",
        python_callable=build_and_upload,
        op_kwargs={"ds_nodash": "{{ ds_nodash }}"},
    )
