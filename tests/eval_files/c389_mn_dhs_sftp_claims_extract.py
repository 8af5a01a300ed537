"""Monthly claims extract for Minnesota DHS over the MN-ITS MFT server.

Full claim lines (diagnoses, procedures, SSN) are required by the state's
encounter reconciliation; the destination is the state agency itself.
"""
import csv
import logging
import os
from datetime import date

import paramiko
import psycopg2

log = logging.getLogger(__name__)

MFT_HOST = "mft.dhs.state.mn.us"
REMOTE_DIR = "/inbound/mn_dhs_mft/claims"
EXPORT_COLUMNS = [
    "msis_ident_num",
    "ssn",
    "first_name",
    "last_name",
    "claim_id",
    "diagnosis_code_1",
    "procedure_code_1",
    "rendering_npi",
    "paid_amount",
]

CLAIMS_SQL = """
    SELECT c.msis_ident_num, m.ssn, m.first_name, m.last_name, c.claim_id,
           c.diagnosis_code_1, c.procedure_code_1, c.rendering_npi, c.paid_amount
      FROM claims c JOIN members m ON m.msis_ident_num = c.msis_ident_num
     WHERE c.paid_date >= %s AND c.paid_date < %s
"""


def write_extract(conn, start, end, out_dir="/tmp"):
    path = os.path.join(out_dir, f"mn_dhs_claims_{start:%Y%m}.csv")
    with conn.cursor() as cur, open(path, "w", newline="") as fh:
        cur.execute(CLAIMS_SQL, (start, end))
        writer = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in cur:
            writer.writerow(dict(zip(EXPORT_COLUMNS, row)))
    return path


def upload(path):
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=MFT_HOST, username="mmis_vendor", key_filename=os.environ["MFT_KEY"])
    try:
        sftp = ssh.open_sftp()
        remote = f"{REMOTE_DIR}/{os.path.basename(path)}"
        sftp.put(path, remote)
        log.info("uploaded %s", remote)
    finally:
        ssh.close()


def run(dsn, year, month):
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    conn = psycopg2.connect(dsn)
    try:
        path = write_extract(conn, start, end)
    finally:
        conn.close()
    upload(path)
