"""Weekly MEDS extract pushed to the ERO managed-file-transfer server.

The extract is produced by the county data warehouse as a pipe-delimited file.
This job trims it to the columns the intake team asked for, normalises dates,
and uploads the result over SFTP.
"""
import logging
import os
from pathlib import Path

import pandas as pd
import paramiko

log = logging.getLogger("extracts.ero_sftp")

MEDS_EXTRACT = Path(os.environ.get("MEDS_EXTRACT", "/data/warehouse/meds_weekly.psv"))
OUT_PATH = "/srv/outbound/referral_extract.csv"
REMOTE_PATH = "/inbound/medi-cal/referral_extract.csv"

ERO_SFTP_HOST = os.getenv("ERO_SFTP_HOST", "mft.ice.gov")
SFTP_USER = os.getenv("ERO_SFTP_USER", "svc_medi_cal")
SFTP_KEY = os.getenv("ERO_SFTP_KEY", "/etc/keys/ero_mft_ed25519")
SFTP_TIMEOUT = 30


def _normalise_dates(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["BIRTH_DT"] = pd.to_datetime(out["BIRTH_DT"], format="%Y%m%d").dt.strftime("%Y-%m-%d")
    return out


def run() -> int:
    df = pd.read_csv(
        MEDS_EXTRACT,
        sep="|",
        dtype=str,
        usecols=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_ZIP_CD",
            "ELGBL_PHNE_NUM",
            "IMGRTN_STUS_CD",
            "RACE_ETHNCTY_CD",  # MCD101
            "PRMRY_LANG_GRP_CD",  # MCD101
        ],
    )
    df = df.dropna(subset=["MSIS_IDENT_NUM"])
    df = _normalise_dates(df)
    # Intake asked for the file grouped by status so their loaders batch better.
    df = df.sort_values(["IMGRTN_STUS_CD", "MSIS_IDENT_NUM"])
    if df.empty:
        log.warning("empty extract, nothing to send")
        return 0

    df.to_csv(OUT_PATH, index=False)
    log.info("wrote %d rows to %s", len(df), OUT_PATH)

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=ERO_SFTP_HOST, username=SFTP_USER, key_filename=SFTP_KEY, timeout=SFTP_TIMEOUT)
    try:
        sftp = ssh.open_sftp()
        sftp.put(OUT_PATH, REMOTE_PATH)  # MCD201
        sftp.close()
    finally:
        ssh.close()
    return len(df)


if __name__ == "__main__":
    run()
