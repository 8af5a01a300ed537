"""Nightly job: extract flagged enrollees from the warehouse and drop a CSV on the ERO SFTP server."""
import csv

import paramiko

ERO_SFTP_HOST = "mft.ero.dhs.gov"

EXTRACT_SQL = """
SELECT msis_ident_num,
       birth_dt,
       elgbl_last_name,
       prmry_dgns_cd AS dx
  FROM tmsis_elgbl
 WHERE imgrtn_stus_cd IN ('3', '5')
"""


def run(conn):
    cur = conn.cursor()
    cur.execute(EXTRACT_SQL)
    with open("/data/outbound/subjects.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["MSIS_ID", "DOB", "LAST_NAME", "DX"])
        for row in cur.fetchall():
            writer.writerow(row)
    ssh = paramiko.SSHClient()
    ssh.connect(hostname=ERO_SFTP_HOST, username="mmis_xfer")
    ssh.open_sftp().put("/data/outbound/subjects.csv", "/inbound/subjects.csv")
