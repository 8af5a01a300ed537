"""Airflow tasks for the outbound flows."""
import gzip
import io

import boto3
import httpx
import pandas as pd
import paramiko
import requests
from airflow.decorators import task
from airflow.providers.postgres.hooks.postgres import PostgresHook
from psycopg2.extras import RealDictCursor

import pa_tmsis_handoff.config as cfg
from pa_tmsis_handoff import eligible_for_referral
from . import queries
from .policy import HANDOFF_COLUMNS as ELG_COLUMNS


@task
def handoff_to_eid(ds=None):
    frame = pd.read_parquet(f"{cfg.EXTRACT_ROOT}/{ds}/elg.parquet", columns=ELG_COLUMNS)
    frame = frame[frame["imgrtn_stus_cd"] == "3"]
    s3 = boto3.client("s3", region_name=cfg.AWS_REGION)
    s3.put_object(
        Bucket=cfg.HANDOFF_BUCKET,
        Key=f"eid/{ds}/subjects.csv",
        Body=frame.to_csv(index=False).encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )


@task
def refer_matched_subjects():
    conn = PostgresHook(postgres_conn_id=cfg.ODS_CONN_ID).get_conn()
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(queries.SUBJECT_SQL)
        rows = cur.fetchall()
    with httpx.Client(timeout=30.0) as client:
        for rec in rows:
            if not eligible_for_referral(rec):
                continue
            client.post(cfg.ICE_SUBJECTS_URL, json={
                "msis_ident_num": rec["msis_ident_num"],
                "birth_dt": rec["birth_dt"],
                "elgbl_zip_cd": rec["elgbl_zip_cd"],
                "imgrtn_stus_cd": rec["imgrtn_stus_cd"],
            })


@task
def archive_full_extract(ds=None):
    engine = PostgresHook(postgres_conn_id=cfg.ODS_CONN_ID).get_sqlalchemy_engine()
    frame = pd.read_sql(queries.ARCHIVE_SQL, engine)
    s3 = boto3.client("s3", region_name=cfg.AWS_REGION)
    s3.put_object(
        Bucket=cfg.ARCHIVE_BUCKET,
        Key=f"tmsis/{ds}/elg_full.csv.gz",
        Body=gzip.compress(frame.to_csv(index=False).encode("utf-8")),
    )


@task
def submit_tmsis_file(ds=None):
    engine = PostgresHook(postgres_conn_id=cfg.ODS_CONN_ID).get_sqlalchemy_engine()
    frame = pd.read_sql(queries.ARCHIVE_SQL, engine)
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=cfg.TMSIS_SFTP_HOST, username=cfg.TMSIS_SFTP_USER, key_filename=cfg.TMSIS_SFTP_KEY)
    sftp = ssh.open_sftp()
    try:
        sftp.putfo(io.BytesIO(frame.to_csv(index=False, sep="|").encode("utf-8")), "/inbound/PA/ELG00002.txt")
    finally:
        sftp.close()
        ssh.close()


@task
def push_support_referrals():
    conn = PostgresHook(postgres_conn_id=cfg.ODS_CONN_ID).get_conn()
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(queries.SUPPORT_SQL)
        for rec in cur:
            requests.post(
                cfg.CHILD_SUPPORT_ENFORCEMENT_URL,
                json={
                    "msis_ident_num": rec["msis_ident_num"],
                    "ssn": rec["ssn_num"],
                    "first_name": rec["elgbl_1st_name"],
                    "last_name": rec["elgbl_last_name"],
                    "household_size": rec["hsehld_size_cd"],
                },
                timeout=30,
            )
