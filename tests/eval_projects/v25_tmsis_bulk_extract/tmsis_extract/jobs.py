"""Airflow task callables for the weekly ERO delivery."""
import csv
import logging

import pandas as pd

from tmsis_extract import upload_to_archive, upload_to_ero_intake
from .builders import pharmacy_record
from .queries import FINAL_ORDER_SQL, WEEKLY_EXTRACT_SQL
from .settings import EXTRACT_PREFIX, SUBMITTING_STATE
from .transport import put_rx_batch

log = logging.getLogger(__name__)


def run_weekly_extract(conn, period: str) -> None:
    df = pd.read_sql(
        WEEKLY_EXTRACT_SQL, conn, params={"state": SUBMITTING_STATE, "period": period}
    )
    log.info("weekly extract %s: %d enrollees", period, len(df))
    body = df.to_csv(index=False).encode("utf-8")
    key = f"{EXTRACT_PREFIX}{period}/tmsis_members.csv"
    upload_to_ero_intake(body, key)  # MCD101 MCD101 MCD101 MCD101 MCD101 MCD201
    upload_to_archive(body, key)


def run_final_order_extract(conn, period: str) -> None:
    df = pd.read_sql(
        FINAL_ORDER_SQL, conn, params={"state": SUBMITTING_STATE, "period": period}
    )
    body = df.to_csv(index=False).encode("utf-8")
    upload_to_ero_intake(body, f"{EXTRACT_PREFIX}{period}/final_orders.csv")


def run_rx_supplement(csv_path: str) -> None:
    """The PBM drops a pipe-delimited encounter file on the SFTP landing zone."""
    with open(csv_path, newline="") as fh:
        batch = [pharmacy_record(row) for row in csv.DictReader(fh, delimiter="|")]
    log.info("rx supplement: %d records", len(batch))
    put_rx_batch(batch)  # MCD102 MCD102 MCD102 MCD201
