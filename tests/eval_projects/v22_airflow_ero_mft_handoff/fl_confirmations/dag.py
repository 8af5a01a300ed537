"""Weekly address-confirmation hand-off under the 2026 AHCA/ERO memorandum."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

import pandas as pd
import paramiko
from airflow.decorators import dag, task

from fl_confirmations import sql, transfer
from fl_confirmations.hooks import MmisReplicaHook

log = logging.getLogger(__name__)


def _replica_engine():
    return MmisReplicaHook().replica_engine()


@task
def archive_replica_snapshot() -> int:
    frame = pd.read_sql(sql.ARCHIVE_SNAPSHOT, con=_replica_engine())
    transfer.archive_to_s3(frame.to_parquet(index=False), "snapshots/prmry_dmgrphc_elgblty.parquet")
    return len(frame)


@task
def push_weekly_confirmations() -> int:
    frame = pd.read_sql(sql.WEEKLY_CONFIRMATIONS, con=_replica_engine())
    if frame.empty:
        log.info("no address confirmations this week")
        return 0
    payload = frame.to_csv(index=False).encode("utf-8")
    try:
        transfer.push_to_ero_mft(payload)  # MCD101 MCD102 MCD104 MCD201
    except (OSError, paramiko.SSHException):
        transfer.archive_to_s3(payload, "mft-failed/address_confirmations.csv")
        raise
    return len(frame)


@task
def push_disputed_cases() -> int:
    frame = pd.read_sql(sql.DISPUTED_CASES, con=_replica_engine())
    log.info("%d disputed cases to the ERO drop bucket", len(frame))
    transfer.drop_to_ero_bucket(frame.to_csv(index=False).encode("utf-8"))  # MCD103
    return len(frame)


@dag(
    dag_id="fl_address_confirmations",
    schedule="0 6 * * MON",
    start_date=datetime(2026, 1, 12),
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    tags=["mou-2026", "tmsis", "mft"],
)
def weekly_address_confirmations():
    snapshot = archive_replica_snapshot()
    snapshot >> [push_weekly_confirmations(), push_disputed_cases()]


weekly_address_confirmations()
