"""County drop of not-lawfully-present enrollees to the EID SFTP intake.

Reads the county's NY 1115 style member extract with an explicit column
list, keeps rows whose immigration status code is on the shareable list and
whose county is in the request, and uploads one CSV per run over SFTP.
"""
from __future__ import annotations

import logging
import os
import tempfile
from datetime import date
from pathlib import Path
from types import TracebackType

import pandas as pd
import paramiko

log = logging.getLogger("eid.sftp")

SFTP_HOST = "sftp.eid.ice.gov"
SFTP_USER = os.environ.get("EID_SFTP_USER", "ny-doh-mft")
SFTP_KEY = os.environ.get("EID_SFTP_KEY", "/etc/mft/keys/eid_ed25519")
REMOTE_PATH = "/inbound/ny/subjects.csv"
NOT_LAWFULLY_PRESENT = ["EWI", "OVERSTAY", "PAROLE_EXPIRED"]

EXTRACT_COLUMNS = [
    "MEDICAID_CIN",
    "PAT_BIRTH_DATE",
    "ADDRESS1",
    "ZIP",
    "phone_number",
    "county_code",
    "immigration_status_code",
]


class SftpDrop:
    """Context manager around one SFTP session."""

    def __init__(self, user: str = SFTP_USER, key_path: str = SFTP_KEY) -> None:
        self.user = user
        self.key_path = key_path
        self._ssh: paramiko.SSHClient | None = None
        self.sftp: paramiko.SFTPClient | None = None

    def __enter__(self) -> "SftpDrop":
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.connect(hostname=SFTP_HOST, username=self.user, key_filename=self.key_path)
        self.sftp = self._ssh.open_sftp()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.sftp is not None:
            self.sftp.close()
        if self._ssh is not None:
            self._ssh.close()


def select_shareable(path: Path, counties: list[str]) -> pd.DataFrame:
    df = pd.read_csv(path, usecols=EXTRACT_COLUMNS, dtype=str)
    df = df[df["immigration_status_code"].isin(NOT_LAWFULLY_PRESENT)]
    df = df.query("county_code in @counties")
    log.info("%d shareable rows in %s", len(df), path.name)
    return df


def drop_extract(path: Path, counties: list[str], run_date: date | None = None) -> int:
    run_date = run_date or date.today()
    frame = select_shareable(path, counties)
    if frame.empty:
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / "subjects.csv"
        frame.to_csv(local, index=False)
        with SftpDrop() as drop:
            drop.sftp.put(str(local), REMOTE_PATH)
    log.info("dropped %d rows for run %s", len(frame), run_date.isoformat())
    return len(frame)
