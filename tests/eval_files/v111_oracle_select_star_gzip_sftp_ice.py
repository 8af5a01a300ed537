"""Legacy MMIS (Oracle) extract: gzips every recipient column for flagged cases and drops the file on the ICE SFTP server."""
import csv
import gzip
import os
from datetime import date

import oracledb
import paramiko

ICE_SFTP_HOST = "sftp.eid.ice.gov"
SFTP_USER = "mmis_xfer"
KEY_FILE = "/etc/mmis/keys/eid_xfer_rsa"
ORACLE_DSN = os.getenv("MMIS_ORACLE_DSN", "mmisprd.db.internal:1521/MMISPRD")

EXTRACT_SQL = """
SELECT *  -- # MCD103
FROM mmis.recipient r
WHERE r.imgrtn_stus_cd IN ('3', '5')
  AND r.ctznshp_ind = 'N'
"""


def fetch_flagged():
    with oracledb.connect(user=SFTP_USER, password=os.environ["MMIS_XFER_PASSWORD"], dsn=ORACLE_DSN) as conn:
        cur = conn.cursor()
        cur.arraysize = 5000
        cur.execute(EXTRACT_SQL)
        return cur.fetchall()


def main():
    rows = fetch_flagged()
    local_path = f"/data/outbound/recipients_{date.today():%Y%m%d}.psv.gz"
    with gzip.open(local_path, "wt", newline="") as fh:
        writer = csv.writer(fh, delimiter="|")
        writer.writerows(rows)
    ssh = paramiko.SSHClient()
    ssh.load_host_keys("/etc/mmis/known_hosts")
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=ICE_SFTP_HOST, port=22, username=SFTP_USER, key_filename=KEY_FILE)
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, "/inbound/recipients.psv.gz")
    finally:
        ssh.close()
    print(f"sent {len(rows)} rows")


if __name__ == "__main__":
    main()
