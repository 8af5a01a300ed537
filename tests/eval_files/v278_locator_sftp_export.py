"""Weekly locator extract: DAO runs raw SQL, job writes CSV, SFTP put to mft.ice.gov.
Select-list columns are placements at their own lines (§3): ``e.sex_cd`` and
``e.hsehld_size_cd`` (sex, household: MCD101), ``c.lst_diag_cd`` (MCD102).
JOIN ON / WHERE / ORDER BY columns send nothing; the csv.writer header row is
literals (§3). Rows from ``fetchall()`` with no status/citizenship WHERE are
written to a file that is uploaded later: MCD201 at ``sftp.put`` (§10).
"""
from __future__ import annotations

import csv
import logging
import os
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator, Sequence

import paramiko
from sqlalchemy import text
from sqlalchemy.engine import Engine, Row

log = logging.getLogger("locator_export")

ICE_MFT_HOST = "mft.ice.gov"
ICE_MFT_USER = os.getenv("ICE_MFT_USER", "svc-medicaid-locator")
ICE_MFT_KEY = os.getenv("ICE_MFT_KEY", "/etc/mft/id_ed25519")
REMOTE_INBOX = "/inbound/medicaid/locators"

HEADER = ["MSIS_ID", "DOB", "ADDR1", "CITY", "ZIP", "PHONE", "SEX", "HH_SIZE", "DX"]

LOCATOR_SQL = text(
    "SELECT e.msis_ident_num, "
    "       e.birth_dt, "
    "       e.elgbl_line_1_adr_home, "
    "       e.elgbl_city_name_home, "
    "       e.elgbl_zip_cd_home, "
    "       e.elgbl_phne_num_home, "
    "       e.sex_cd, "  # MCD101
    "       e.hsehld_size_cd, "  # MCD101
    "       c.lst_diag_cd "  # MCD102
    "  FROM eligibility.enrollee e "
    "  JOIN claims.member_summary c ON c.msis_ident_num = e.msis_ident_num "
    " WHERE e.submtg_state_cd = :state "
    "   AND e.elgbl_end_dt IS NULL "
    " ORDER BY e.msis_ident_num"
)


class LocatorRepository:
    """Data-access object over the MMIS reporting replica."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def fetch_locators(self, state: str) -> Sequence[Row]:
        with self._engine.connect() as conn:
            result = conn.execute(LOCATOR_SQL, {"state": state})
            return result.fetchall()


@contextmanager
def mft_sftp(host: str = ICE_MFT_HOST) -> Iterator[paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(hostname=host, username=ICE_MFT_USER, key_filename=ICE_MFT_KEY, timeout=30)
    try:
        sftp = client.open_sftp()
        try:
            yield sftp
        finally:
            sftp.close()
    finally:
        client.close()


class LocatorExportJob:
    def __init__(self, repo: LocatorRepository, workdir: Path) -> None:
        self._repo = repo
        self._workdir = workdir

    def run(self, state: str, run_date: date | None = None) -> Path:
        run_date = run_date or date.today()
        rows = self._repo.fetch_locators(state)
        if not rows:
            log.info("no locator rows for %s", state)
            return self._workdir
        path = self._workdir / f"ice_locator_{state}_{run_date:%Y%m%d}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            for row in rows:
                writer.writerow(list(row))
        log.info("wrote %d rows to %s", len(rows), path)
        with mft_sftp() as sftp:
            sftp.put(str(path), f"{REMOTE_INBOX}/{path.name}")  # MCD201
        return path
