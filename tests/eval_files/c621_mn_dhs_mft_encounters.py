"""Nightly encounter extract to the Minnesota DHS managed file transfer.

Scenario: a Minnesota managed-care organization writes its encounter
extract (member SSN, names, diagnosis and procedure codes, billing NPI,
paid amounts) to a CSV, uploads it over SFTP to the Minnesota DHS MFT
server, and drops the Hennepin County subset on the county's FTPS server.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``MN_DHS_MFT_HOST`` folds (``os.environ.get`` default) to
  ``mft.dhs.state.mn.us``: a ``*.state.<xx>.us`` state domain on the
  non-enforcement list, which overrides the ``dhs`` name signal
  (SPEC section 4); every ``dhs`` in a name here sits next to the postal
  code ``mn`` (``MN_DHS_...``, ``mn_dhs_mft_...`` file names), which
  names a state agency.
- ``HENNEPIN_FTP_HOST`` is ``ftp.co.hennepin.mn.us``, a local government
  ``*.mn.us`` host, non-enforcement (SPEC section 4).
- The CSV file name carries no enforcement token and the file is only
  uploaded to those two hosts, so neither the file nor its uploads are
  enforcement sinks; the cursor loop is a bulk source sent to no
  enforcement endpoint (SPEC sections 8 and 10).
"""
from __future__ import annotations

import csv
import datetime as dt
import ftplib
import logging
import os
import pathlib
import ssl

import paramiko
import psycopg

log = logging.getLogger("mco.encounters")

MN_DHS_MFT_HOST = os.environ.get("MN_DHS_MFT_HOST", "mft.dhs.state.mn.us")
MN_DHS_MFT_USER = os.environ.get("MN_DHS_MFT_USER", "mco_northstar_prod")
MN_DHS_MFT_KEY = os.environ.get("MN_DHS_MFT_KEY", "/etc/mco/keys/mn_dhs_mft_ed25519")
MN_DHS_REMOTE_DIR = "/inbound/encounters"
HENNEPIN_FTP_HOST = "ftp.co.hennepin.mn.us"
HENNEPIN_COUNTY_CODE = "053"
OUTBOUND_DIR = pathlib.Path("/var/spool/mco/outbound")

ENCOUNTER_SQL = (
    "SELECT e.msis_ident_num, e.ssn, e.first_name, e.last_name, e.birth_dt, "
    "       e.elgbl_cnty_cd, e.dgns_1_cd, e.dgns_2_cd, e.prcdr_1_cd, "
    "       e.blg_prvdr_npi_num, e.srvc_bgnng_dt, e.mdcd_pd_amt "
    "FROM encounters e "
    "WHERE e.srvc_bgnng_dt >= %s AND e.srvc_bgnng_dt < %s"
)
FIELDNAMES = [
    "msis_ident_num", "ssn", "first_name", "last_name", "birth_dt",
    "elgbl_cnty_cd", "dgns_1_cd", "dgns_2_cd", "prcdr_1_cd",
    "blg_prvdr_npi_num", "srvc_bgnng_dt", "mdcd_pd_amt",
]


def write_extract(dsn: str, start: dt.date, end: dt.date) -> tuple[pathlib.Path, pathlib.Path]:
    stamp = f"{start:%Y%m%d}_{end:%Y%m%d}"
    full_path = OUTBOUND_DIR / f"mn_dhs_mft_encounters_{stamp}.csv"
    county_path = OUTBOUND_DIR / f"hennepin_encounters_{stamp}.csv"
    rows = 0
    with psycopg.connect(dsn) as conn, conn.cursor() as cur, \
            full_path.open("w", newline="") as full_fh, \
            county_path.open("w", newline="") as county_fh:
        cur.execute(ENCOUNTER_SQL, (start, end))
        full_writer = csv.DictWriter(full_fh, fieldnames=FIELDNAMES)
        county_writer = csv.DictWriter(county_fh, fieldnames=FIELDNAMES)
        full_writer.writeheader()
        county_writer.writeheader()
        for record in cur:
            row = dict(zip(FIELDNAMES, record))
            full_writer.writerow(row)
            if row["elgbl_cnty_cd"] == HENNEPIN_COUNTY_CODE:
                county_writer.writerow(row)
            rows += 1
    log.info("wrote %d encounter rows to %s", rows, full_path)
    return full_path, county_path


def upload_to_state(path: pathlib.Path) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    try:
        client.connect(
            hostname=MN_DHS_MFT_HOST,
            username=MN_DHS_MFT_USER,
            key_filename=MN_DHS_MFT_KEY,
            timeout=30,
        )
        sftp = client.open_sftp()
        try:
            sftp.put(str(path), f"{MN_DHS_REMOTE_DIR}/{path.stem}.csv")
        finally:
            sftp.close()
    finally:
        client.close()


def upload_to_county(path: pathlib.Path) -> None:
    context = ssl.create_default_context()
    with ftplib.FTP_TLS(HENNEPIN_FTP_HOST, context=context, timeout=60) as ftp:
        ftp.login(os.environ["HENNEPIN_FTP_USER"], os.environ["HENNEPIN_FTP_PASSWORD"])
        ftp.prot_p()
        ftp.cwd("/mco/encounters")
        with path.open("rb") as fh:
            ftp.storbinary(f"STOR {path.stem}.csv", fh)


def run(dsn: str, start: dt.date, end: dt.date) -> None:
    full_path, county_path = write_extract(dsn, start, end)
    try:
        upload_to_state(full_path)
    except (paramiko.SSHException, OSError):
        log.exception("MN DHS MFT upload failed; file kept at %s", full_path)
        raise
    upload_to_county(county_path)
