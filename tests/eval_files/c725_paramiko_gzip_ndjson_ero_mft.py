"""Gzipped NDJSON extract of names and procedure codes pushed over paramiko SFTP to the ERO MFT host.

Scenario:
    A weekly job at a state Medicaid agency writes the enrollees whose
    immigration status code is "not lawfully present" to a gzipped NDJSON
    file and pushes it with paramiko to ICE ERO's managed file transfer
    server. The query keeps the enrollee's first and last name and joins the
    most recent professional claim for its HCPCS code.

Expected findings:
    line 38, MCD101, m.elgbl_1st_name in the SQL select list (name)
    line 39, MCD101, m.elgbl_last_name in the SQL select list (name)
    line 40, MCD102, c.hcpcs_srvc_cd in the SQL select list (procedure)
"""
from __future__ import annotations

import gzip
import json
import logging
import os
import tempfile
from datetime import date

import paramiko
import psycopg2
from psycopg2.extras import RealDictCursor

log = logging.getLogger("extracts.ero_mft")

ERO_MFT_HOST = "mft.ero.ice.gov"
ERO_MFT_USER = os.environ.get("ERO_MFT_USER", "stmedicaid")
REMOTE_DIR = "/inbound/referrals"

EXTRACT_SQL = (
    "SELECT m.msis_ident_num,"
    "       m.birth_dt,"
    "       m.imgrtn_stus_cd,"
    "       m.elgbl_1st_name,"  # MCD101
    "       m.elgbl_last_name,"  # MCD101
    "       c.hcpcs_srvc_cd"  # MCD102
    "  FROM tmsis.elgbl m"
    "  JOIN tmsis.ot_line c ON c.msis_ident_num = m.msis_ident_num"
    " WHERE m.imgrtn_stus_cd IN ('3', '8')"
    "   AND c.srvc_endg_dt >= %(since)s"
)


def write_extract(path: str, since: date) -> int:
    count = 0
    with psycopg2.connect(os.environ["MMIS_DSN"]) as conn:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(EXTRACT_SQL, {"since": since})
            with gzip.open(path, "wt", encoding="utf-8") as fh:
                for row in cur:
                    fh.write(json.dumps(row, default=str) + "\n")
                    count += 1
    return count


def push(path: str, remote_name: str) -> None:
    key = paramiko.RSAKey.from_private_key_file(os.environ["ERO_MFT_KEY"])
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.load_system_host_keys()
    ssh.connect(hostname=ERO_MFT_HOST, username=ERO_MFT_USER, pkey=key)
    try:
        sftp = ssh.open_sftp()
        sftp.put(path, f"{REMOTE_DIR}/{remote_name}")
        sftp.close()
    finally:
        ssh.close()


def run(since: date) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, "referrals.ndjson.gz")
        count = write_extract(local, since)
        if count == 0:
            log.info("no referrals since %s", since)
            return
        push(local, f"referrals_{date.today():%Y%m%d}.ndjson.gz")
        log.info("pushed %d referrals", count)
