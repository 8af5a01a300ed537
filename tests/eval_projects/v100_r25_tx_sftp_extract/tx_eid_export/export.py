"""Weekly bulk extract of new enrollments to the ERO SFTP drop."""
import csv
import os

import paramiko
from psycopg.rows import tuple_row

import tx_eid_export.settings as cfg

EXPORT_SQL = (
    "SELECT medicaid_id, "
    "       date_of_birth, "
    "       home_address, "
    "       phone_number, "
    "       primary_language, "  # MCD101
    "       sud_flag "  # MCD102
    "FROM tiers.member "
    "WHERE enrolled_on >= CURRENT_DATE - 7"
)


def export_weekly(conn) -> str:
    """Write last week's enrollments to CSV and put the file on the ERO drop."""
    with conn.cursor(row_factory=tuple_row) as cur:
        cur.execute(EXPORT_SQL)
        rows = cur.fetchall()

    local_path = os.path.join(cfg.OUTBOUND_DIR, "tx_member_extract.csv")
    with open(local_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["medicaid_id", "date_of_birth", "home_address", "phone_number", "primary_language", "sud_flag"])
        writer.writerows(rows)

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=cfg.ERO_SFTP_HOST, username=cfg.ERO_SFTP_USER, key_filename=cfg.ERO_SFTP_KEY)
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, cfg.ERO_INBOUND_PATH)  # MCD201
    finally:
        ssh.close()
    return local_path
