"""Pennsylvania DHS monthly T-MSIS claims submission to CMS over SFTP
(paramiko).

Scenario: the state's T-MSIS team exports every adjudicated claim line of
the month (recipient SSN and name, diagnosis and procedure codes, NDCs,
rendering NPI, paid amounts) from a staging SQLite file with ``SELECT *``,
writes a pipe-delimited file, gzips it and uploads it to the CMS T-MSIS
managed-file-transfer host.  The submitter class is ``PaDhsTmsisSubmitter``.

Expected findings: none.
- SPEC section 4: ``SSHClient.connect(hostname=...)`` folds
  ``os.getenv("TMSIS_SFTP_HOST", default)`` to tmsis-mft.cms.gov, a federal
  health host (``*.cms.gov``) on the non-enforcement list, which overrides
  every name signal.
- SPEC section 4: in ``PaDhsTmsisSubmitter`` and ``PA_DHS_SUBMITTER_ID`` the
  ``dhs`` token sits next to the postal code ``pa``: a state agency.
- The local file name (``tmsis_cot_...``) carries no enforcement token.
- So ``SELECT *`` (MCD103), the health columns (MCD102) and the whole-month
  population (MCD201) are not findings (SPEC section 8).
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("tmsis.submit")

TMSIS_SFTP_HOST = os.getenv("TMSIS_SFTP_HOST", "tmsis-mft.cms.gov")
TMSIS_SFTP_PORT = int(os.getenv("TMSIS_SFTP_PORT", "22"))
TMSIS_SFTP_USER = os.getenv("TMSIS_SFTP_USER", "pa42tmsis")
TMSIS_KEY_FILE = os.getenv("TMSIS_KEY_FILE", "/etc/tmsis/id_ed25519")
PA_DHS_SUBMITTER_ID = "42"
REMOTE_INBOUND = "/inbound/COT"
STAGING_DB = Path(os.getenv("TMSIS_STAGING_DB", "/data/tmsis/staging.db"))
OUT_DIR = Path(os.getenv("TMSIS_OUT_DIR", "/data/tmsis/out"))


class SubmissionError(RuntimeError):
    pass


class PaDhsTmsisSubmitter:
    def __init__(self, reporting_period: date) -> None:
        self.period = reporting_period
        self.file_name = f"tmsis_cot_{PA_DHS_SUBMITTER_ID}_{reporting_period:%Y%m}.txt.gz"
        self.local_path = OUT_DIR / self.file_name

    def export_claims(self) -> int:
        conn = sqlite3.connect(STAGING_DB)
        conn.row_factory = sqlite3.Row
        try:
            cur = conn.execute(
                "SELECT * FROM cot_claim_lines WHERE rptg_prd = ? ORDER BY icn_orig, line_num",
                (self.period.strftime("%Y%m"),),
            )
            header_written = False
            count = 0
            OUT_DIR.mkdir(parents=True, exist_ok=True)
            with gzip.open(self.local_path, "wt", encoding="ascii", newline="") as gz:
                writer = csv.writer(gz, delimiter="|", lineterminator="\n")
                for row in cur:
                    if not header_written:
                        writer.writerow(row.keys())
                        header_written = True
                    writer.writerow(list(row))
                    count += 1
        finally:
            conn.close()
        log.info("exported %d claim lines to %s", count, self.local_path)
        return count

    def _checksum(self) -> str:
        digest = hashlib.sha256()
        with open(self.local_path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()

    def upload(self) -> None:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            hostname=TMSIS_SFTP_HOST,
            port=TMSIS_SFTP_PORT,
            username=TMSIS_SFTP_USER,
            key_filename=TMSIS_KEY_FILE,
            timeout=30,
        )
        try:
            sftp = client.open_sftp()
            remote = f"{REMOTE_INBOUND}/{self.file_name}"
            sftp.put(str(self.local_path), remote + ".part", confirm=True)
            sftp.rename(remote + ".part", remote)
            manifest = f"{self.file_name}|{self._checksum()}\n".encode("ascii")
            sftp.putfo(io.BytesIO(manifest), f"{remote}.sha256")
            sftp.close()
        except (OSError, paramiko.SSHException) as exc:
            raise SubmissionError(f"upload of {self.file_name} failed") from exc
        finally:
            client.close()
        log.info("submitted %s to %s", self.file_name, TMSIS_SFTP_HOST)


def previous_month(today: date) -> date:
    first = today.replace(day=1)
    return (first.replace(year=first.year - 1, month=12) if first.month == 1
            else first.replace(month=first.month - 1))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    submitter = PaDhsTmsisSubmitter(previous_month(date.today()))
    if submitter.export_claims():
        submitter.upload()
