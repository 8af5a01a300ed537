"""Monthly T-MSIS ELG extract: dump the eligibility tables to pipe-delimited
files and push them to the CMS T-MSIS managed file transfer server.

CMS is the federal Medicaid agency; the extract carries every column of the
eligibility segments (SSN, race, language, pregnancy and disability flags),
as the T-MSIS data dictionary requires.
"""
import csv
import logging
import os
from datetime import date
from pathlib import Path

import paramiko
import psycopg2

log = logging.getLogger("tmsis.elg")

TMSIS_SFTP_HOST = "mft.tmsis.cms.gov"
TMSIS_REMOTE_DIR = "/inbound/ELG"
STATE_CD = "OR"
EXTRACT_DIR = Path(os.environ.get("TMSIS_EXTRACT_DIR", "/data/tmsis/out"))

SEGMENT_QUERIES = {
    "ELG00002": "SELECT * FROM tmsis.var_dmgrphc_elgblty WHERE rptg_prd = %s",
    "ELG00004": "SELECT * FROM tmsis.elgbl_cntct WHERE rptg_prd = %s",
    "ELG00005": """
        SELECT msis_ident_num, elgblty_grp_cd, dual_elgbl_cd,
               rstrctd_bnfts_cd, prgnt_ind, dsblty_type_cd
          FROM tmsis.elgblty_dtrmnt
         WHERE rptg_prd = %s
    """,
}


def write_segment(conn, segment, period):
    out = EXTRACT_DIR / f"{STATE_CD}_{segment}_{period}.txt"
    with conn.cursor() as cur, out.open("w", newline="") as fh:
        cur.execute(SEGMENT_QUERIES[segment], (period,))
        writer = csv.writer(fh, delimiter="|")
        writer.writerow([col.name for col in cur.description])
        for row in cur:
            writer.writerow(row)
    return out


def upload(paths):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(
        hostname=TMSIS_SFTP_HOST,
        username=os.environ["TMSIS_SFTP_USER"],
        key_filename=os.environ["TMSIS_SFTP_KEY"],
    )
    sftp = client.open_sftp()
    try:
        for path in paths:
            sftp.put(str(path), f"{TMSIS_REMOTE_DIR}/{path.name}")
            log.info("uploaded %s", path.name)
    finally:
        sftp.close()
        client.close()


def main():
    period = date.today().strftime("%Y%m")
    conn = psycopg2.connect(os.environ["MMIS_DSN"])
    try:
        files = [write_segment(conn, seg, period) for seg in SEGMENT_QUERIES]
    finally:
        conn.close()
    upload(files)


if __name__ == "__main__":
    main()
