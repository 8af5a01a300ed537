"""Quarterly hand-off files for the ICE Enforcement and Removal Operations
SFTP drop, produced from the MMIS eligibility extract.
"""
import logging
import os
from datetime import date

import pandas as pd
import paramiko

log = logging.getLogger("ero.sftp")

ICE_SFTP_HOST = "sftp.eid.ice.gov"
ICE_SFTP_USER = os.environ.get("ICE_SFTP_USER", "state_medicaid")
ICE_SFTP_KEY = os.environ.get("ICE_SFTP_KEY", "/etc/mmis/keys/eid_rsa")
REMOTE_DIR = "/incoming/medicaid"
UNLAWFUL = ["8", "9"]


def quarterly_basic_file(extract_path, out_dir):
    df = pd.read_csv(
        extract_path,
        dtype=str,
        usecols=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_LINE_1_ADR_HOME",
            "ELGBL_ZIP_CD_HOME",
            "IMGRTN_STUS_CD",
            "RACE_ETHNCTY_CD",  # MCD101
            "PRMRY_LANG_CD",  # MCD101
        ],
    )
    df = df.query("IMGRTN_STUS_CD in @UNLAWFUL")
    local = os.path.join(out_dir, f"basic_{date.today():%Y%m%d}.csv")
    df.to_csv(local, index=False)

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ICE_SFTP_HOST, username=ICE_SFTP_USER, key_filename=ICE_SFTP_KEY)
    sftp = ssh.open_sftp()
    try:
        sftp.put(local, f"{REMOTE_DIR}/{os.path.basename(local)}")
    finally:
        sftp.close()
        ssh.close()


def full_extract_file(extract_path, out_dir):
    frame = pd.read_csv(extract_path, dtype=str)  # MCD103
    local = os.path.join(out_dir, f"full_{date.today():%Y%m%d}.csv")
    frame.to_csv(local, index=False)

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ICE_SFTP_HOST, username=ICE_SFTP_USER, key_filename=ICE_SFTP_KEY)
    sftp = ssh.open_sftp()
    sftp.put(local, f"{REMOTE_DIR}/{os.path.basename(local)}")  # MCD201
    sftp.close()
    ssh.close()
    log.info("sent %d rows", len(frame))
