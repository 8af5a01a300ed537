"""Monthly roster drop for the ERO field office: re-writes the MMIS eligible
extract (CSV) into the layout ERO asked for and puts it on the ERO SFTP
server; a second, status-screened variant writes the permitted layout.

VIOLATING (monthly_roster). The SFTP host sftp.ero.ice.gov is *.ice.gov
(SPEC 4), and the file written is uploaded there (SPEC 4, files written for
later upload).
- csv.DictWriter fieldnames is a column list, each name a placement at
  its own line (SPEC 3):
  ELGBL_1ST_NAME line MCD101 (name), MC_PLAN_ID line MCD101 (managed-care
  plan), PRGNT_IND line MCD102 (pregnancy).
- the sftp.put of the roster file, MCD201: rows come from a csv.DictReader
  (bulk source), every row is written, and no condition on immigration
  status or citizenship lies between source and send; a file written from
  a bulk source is reported at the upload (SPEC 10).
screened_roster writes only permitted columns and skips rows with a
continue on IMGRTN_STUS_CD (SPEC 10 condition): clean.
"""
import csv
import logging
import os
from datetime import date

import paramiko

log = logging.getLogger("roster.ero")

ERO_SFTP_HOST = "sftp.ero.ice.gov"
ERO_SFTP_USER = os.getenv("ERO_SFTP_USER", "tx_hhsc")
ERO_SFTP_KEY = os.getenv("ERO_SFTP_KEY", "/etc/hhsc/keys/ero_ed25519")
EXTRACT_CSV = "/data/tiers/extracts/eligible_current.csv"
OUT_DIR = "/data/tiers/outbound"
ERO_REMOTE_ROSTER = "/inbound/tx/roster.csv"
ERO_REMOTE_SCREENED = "/inbound/tx/screened.csv"
UNLAWFUL_CODES = {"8"}


def monthly_roster(run_date: date) -> int:
    out_path = os.path.join(OUT_DIR, f"roster_{run_date:%Y%m}.csv")
    count = 0
    with open(EXTRACT_CSV, newline="") as src, open(out_path, "w", newline="") as dst:
        writer = csv.DictWriter(
            dst,
            fieldnames=[
                "MSIS_IDENT_NUM",
                "BIRTH_DT",
                "ELGBL_LINE_1_ADR_HOME",
                "ELGBL_CITY_NAME_HOME",
                "ELGBL_ZIP_CD_HOME",
                "ELGBL_PHNE_NUM",
                "ELGBL_1ST_NAME",  # MCD101
                "MC_PLAN_ID",  # MCD101
                "PRGNT_IND",  # MCD102
            ],
            extrasaction="ignore",
        )
        writer.writeheader()
        for row in csv.DictReader(src):
            writer.writerow(row)
            count += 1
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ERO_SFTP_HOST, username=ERO_SFTP_USER, key_filename=ERO_SFTP_KEY)
    sftp = ssh.open_sftp()
    try:
        sftp.put(out_path, ERO_REMOTE_ROSTER)  # MCD201
    finally:
        sftp.close()
        ssh.close()
    log.info("ERO roster: %d rows", count)
    return count


def screened_roster(run_date: date) -> int:
    out_path = os.path.join(OUT_DIR, f"screened_{run_date:%Y%m}.csv")
    count = 0
    with open(EXTRACT_CSV, newline="") as src, open(out_path, "w", newline="") as dst:
        writer = csv.DictWriter(
            dst,
            fieldnames=["MSIS_IDENT_NUM", "BIRTH_DT", "ELGBL_ZIP_CD_HOME", "IMGRTN_STUS_CD"],
            extrasaction="ignore",
        )
        writer.writeheader()
        for row in csv.DictReader(src):
            if row["IMGRTN_STUS_CD"] not in UNLAWFUL_CODES:
                continue
            writer.writerow(row)
            count += 1
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ERO_SFTP_HOST, username=ERO_SFTP_USER, key_filename=ERO_SFTP_KEY)
    sftp = ssh.open_sftp()
    try:
        sftp.put(out_path, ERO_REMOTE_SCREENED)
    finally:
        sftp.close()
        ssh.close()
    return count
