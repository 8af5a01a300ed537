"""Airflow DAG: weekly ICE hand-off file for one region, written from the
MMIS reporting replica and uploaded to the hand-off bucket the federal
contractor reads from.
"""
import csv
import gzip
import json
import os
from datetime import datetime

import boto3
from airflow.decorators import dag, task
from airflow.providers.postgres.hooks.postgres import PostgresHook

from mmis.lookup import fetch_member

HANDOFF_BUCKET = "ice-eid-handoff-prod"
OUT_DIR = "/opt/airflow/tmp"
HEADER = ["msis_id", "birth_dt", "zip", "phone", "sex", "eligibility_group", "ssi"]

HANDOFF_SQL = (
    "SELECT msis_ident_num, "
    "       birth_dt, "
    "       elgbl_zip_cd, "
    "       elgbl_phne_num, "
    "       sex_cd, "  # MCD101
    "       elgblty_grp_cd, "  # MCD101
    "       ssi_ind "  # MCD101
    "FROM rpt.elgbl_month "
    "WHERE region_cd = %s "
    "ORDER BY imgrtn_stus_cd, msis_ident_num"
)


@dag(schedule="0 3 * * 1", start_date=datetime(2026, 1, 6), catchup=False, tags=["handoff"])
def weekly_handoff():
    @task
    def write_and_upload(region: str) -> None:
        path = os.path.join(OUT_DIR, f"handoff_{datetime.utcnow():%Y%m%d}.csv")
        hook = PostgresHook(postgres_conn_id="mmis_replica")
        conn = hook.get_conn()
        cur = conn.cursor()
        cur.execute(HANDOFF_SQL, (region,))
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            for row in cur:
                writer.writerow(row)
        cur.close()

        s3 = boto3.client("s3")
        s3.upload_file(path, HANDOFF_BUCKET, os.path.basename(path))  # MCD201
        os.remove(path)

    @task
    def upload_single(member_id: str) -> None:
        member = fetch_member(member_id)
        boto3.client("s3").put_object(
            Bucket=HANDOFF_BUCKET,
            Key=f"single/{member['ssn_num']}.json.gz",  # MCD101
            Body=gzip.compress(
                json.dumps({"msis_ident_num": member["msis_ident_num"], "birth_dt": member["birth_dt"]}).encode()
            ),
        )

    write_and_upload("R04")
    upload_single("{{ dag_run.conf['msis_ident_num'] }}")


weekly_handoff()
