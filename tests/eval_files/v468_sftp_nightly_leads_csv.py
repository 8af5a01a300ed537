"""Nightly CSV of "leads" uploaded to an ICE SFTP drop (violating).

Scenario: an MMIS batch job selects active recipients from the recipient
table, writes them to a CSV with a literal header row, and uploads the
file to ICE's SFTP server with paramiko.  The select list adds sex and aid
code, and nothing limits the rows to people whose immigration status is
at issue.

Destination: ``SFTP_HOST`` folds into ``SSHClient.connect(hostname=...)``
and resolves to ``sftp.eid.ice.gov`` (``*.ice.gov``, SPEC §4); the file
put is the data (SPEC §4 paramiko).

Expected findings:
- Select-list columns of ``LEADS_SQL`` are placements, each name at its
  own line (SPEC §3 column lists): ``r.sex_cd`` -> MCD101 (sex);
  ``r.aid_code`` -> MCD101 (eligibility).  cin, birth_dt and zip_code are
  permitted.  The ``WHERE`` column (``elig_status_cd``) sends nothing.
- The cursor rows are a bulk source (SPEC §10); the file written from them
  is uploaded with ``sftp.put`` and no condition on immigration status or
  citizenship is on the path (the WHERE is on eligibility status) ->
  MCD201 at the ``sftp.put`` upload (SPEC §10 "A file written from a bulk
  source and uploaded later is reported at the upload").
Not findings: ``HEADER`` is a header row of literals written by
``csv.writer``, constants (SPEC §3); the remote path is a constant.
"""
import csv
import os
import tempfile

import paramiko
import psycopg2

SFTP_HOST = "sftp.eid.ice.gov"
SFTP_USER = "st-medicaid-drop"
REMOTE_PATH = "/inbound/medicaid/leads.csv"
HEADER = ["CIN", "BIRTH_DT", "SEX_CD", "AID_CODE", "ZIP_CODE"]

LEADS_SQL = (
    "SELECT r.cin,"
    "       r.birth_dt,"
    "       r.sex_cd,"  # MCD101
    "       r.aid_code,"  # MCD101
    "       r.zip_code"
    "  FROM mmis.recipient r"
    " WHERE r.elig_status_cd = 'A'"
)


def upload_leads() -> int:
    local_path = os.path.join(tempfile.mkdtemp(prefix="leads_"), "leads.csv")
    count = 0
    conn = psycopg2.connect(os.environ["MMIS_DSN"])
    try:
        with conn.cursor() as cur, open(local_path, "w", newline="") as fh:
            cur.execute(LEADS_SQL)
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            for row in cur:
                writer.writerow(row)
                count += 1
    finally:
        conn.close()

    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.load_host_keys(os.path.expanduser("~/.ssh/known_hosts"))
    ssh.connect(hostname=SFTP_HOST, username=SFTP_USER, key_filename="/etc/mmis/keys/eid_sftp")
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, REMOTE_PATH)  # MCD201
    finally:
        ssh.close()
        os.remove(local_path)
    return count
