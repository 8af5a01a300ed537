"""Airflow DAG: read the daily extract from the state bucket and publish referrals."""
import csv
import io
from dataclasses import asdict

import pendulum
from airflow.decorators import dag, task
from airflow.providers.amazon.aws.hooks.s3 import S3Hook

import ero_handoff.config as cfg
from ero_handoff import EroQueuePublisher
from ero_handoff.schemas import SubjectRecord as Subject
from .policy import REFERRAL_COLUMNS as ALLOWED, UNLAWFUL_STATUS_CODES


def _read_extract(key):
    hook = S3Hook(aws_conn_id=cfg.EXTRACT_CONN_ID)
    return hook.read_key(key, bucket_name=cfg.EXTRACT_BUCKET)


@task
def forward_all(key):
    text = _read_extract(key)
    publisher = EroQueuePublisher()
    for row in csv.DictReader(io.StringIO(text)):
        publisher.send(asdict(Subject(**row)))  # MCD101 MCD102 MCD201


@task
def forward_unlawfully_present(key):
    text = _read_extract(key)
    publisher = EroQueuePublisher()
    for row in csv.DictReader(io.StringIO(text)):
        if row["imgrtn_stus_cd"] not in UNLAWFUL_STATUS_CODES:
            continue
        publisher.send({k: v for k, v in row.items() if k in ALLOWED})


@task
def forward_save_matches(key):
    text = _read_extract(key)
    publisher = EroQueuePublisher()
    for row in csv.DictReader(io.StringIO(text)):
        if row["imgrtn_stus_cd"] in UNLAWFUL_STATUS_CODES:
            publisher.send({
                "msis_ident_num": row["msis_ident_num"],
                "score": row["score"],  # MCD104
            })


@dag(
    schedule="@daily",
    start_date=pendulum.datetime(2026, 1, 6, tz="UTC"),
    catchup=False,
    tags=["tmsis", "handoff"],
)
def subject_handoff():
    key = "extracts/{{ ds }}/subjects.csv"
    forward_all(key)
    forward_unlawfully_present(key)
    forward_save_matches(key)


subject_handoff_dag = subject_handoff()
