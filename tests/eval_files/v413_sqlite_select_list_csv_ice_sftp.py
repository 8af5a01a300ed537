"""Vendor batch job: extracts status-matched enrollees from the MMIS reporting
replica (sqlite), writes a CSV and drops it on the ICE SFTP server.

VIOLATING. The rows of the select list are written to the CSV that is put
on sftp.eid.ice.gov (*.ice.gov, SPEC 4; SPEC 4 files written for later
upload). Select-list columns are placements, each at its own line (SPEC 3):
- e.elgbl_last_name line, MCD101: a name (SPEC 3, reference TSV name).
- e.prefrd_lang_cd line, MCD101: language (reference TSV PREFRD_LANG_CD).
- c.dgns_1_cd line, MCD102: diagnosis (reference TSV DGNS_1_CD).
Not findings: the JOIN ... ON, WHERE and ORDER BY columns (SPEC 3), the
header row of literals written by csv.writer (SPEC 3), the permitted
columns. The WHERE on imgrtn_stus_cd is a status condition (SPEC 10).
"""
import csv
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("vendor.ice_drop")

ICE_SFTP_HOST = "sftp.eid.ice.gov"
ICE_SFTP_USER = os.getenv("ICE_SFTP_USER", "state_ca_dhcs")
ICE_SFTP_KEY = os.getenv("ICE_SFTP_KEY", "/etc/vendor/keys/eid_rsa")
ICE_REMOTE_FILE = "/incoming/medicaid/ca/referrals.csv"
REPLICA_DB = "/var/lib/mmis/replica.db"

REFERRAL_SQL = (
    "SELECT e.msis_ident_num, "
    "       e.birth_dt, "
    "       e.elgbl_line_1_adr_home, "
    "       e.elgbl_zip_cd_home, "
    "       e.elgbl_phne_num, "
    "       e.elgbl_last_name, "  # MCD101
    "       e.prefrd_lang_cd, "  # MCD101
    "       c.dgns_1_cd "  # MCD102
    "FROM enrollee e "
    "LEFT JOIN claim_header c ON c.msis_ident_num = e.msis_ident_num "
    "WHERE e.imgrtn_stus_cd IN ('8') "
    "ORDER BY e.elgbl_last_name, e.birth_dt"
)

HEADER = ["MSIS_ID", "DOB", "ADDRESS", "ZIP", "PHONE", "LAST_NAME", "LANGUAGE", "DX"]


def write_referral_file(run_date: date) -> Path:
    out = Path("/var/tmp/mmis") / f"referrals_{run_date:%Y%m%d}.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(REPLICA_DB) as conn, out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        count = 0
        for row in conn.execute(REFERRAL_SQL):
            writer.writerow(row)
            count += 1
    log.info("wrote %d rows to %s", count, out)
    return out


def put_on_ice_server(export_path: Path) -> None:
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ICE_SFTP_HOST, username=ICE_SFTP_USER, key_filename=ICE_SFTP_KEY)
    try:
        with ssh.open_sftp() as sftp:
            sftp.put(str(export_path), ICE_REMOTE_FILE)
    finally:
        ssh.close()


def main():
    put_on_ice_server(write_referral_file(date.today()))


if __name__ == "__main__":
    main()
