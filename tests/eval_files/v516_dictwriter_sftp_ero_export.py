"""Nightly MMIS recipient extract re-cut for an ERO SFTP drop (violating).

Scenario: a fiscal-agent vendor's nightly job reads the MMIS recipient
extract (a pipe-delimited file with ~180 columns), keeps the rows of a list
of counties, writes a narrower CSV with ``csv.DictWriter`` (``fieldnames``
with ``extrasaction="ignore"``), and uploads it with paramiko to the ICE
managed-file-transfer host under ``/inbound/ero``.  The narrowed column list
still holds the first and last name, the SSN and the disability type.

Destination: ``ICE_MFT_HOST`` folds to ``mft.ice.gov`` (``*.ice.gov``, SPEC
section 4; hosts given to ``SSHClient.connect(hostname=...)`` are folded).
The file is written for later upload and uploaded with ``sftp.put`` (the
file put is the data, SPEC section 4).

Expected findings (``fieldnames`` is a column list; each name is reported at
its own line, SPEC section 3):
- ``"ELGBL_1ST_NAME"`` name MCD101; ``"ELGBL_LAST_NAME"`` name MCD101;
  ``"SSN_NUM"`` SSN MCD101; ``"DSBLTY_TYPE_CD"`` disability MCD102.
- ``sftp.put(...)``: the file was written from a ``csv.DictReader`` (bulk
  source) filtered only by county and by a record-type code, so MCD201 at
  the upload (SPEC section 10, "A file written from a bulk source and
  uploaded later is reported at the upload").
Not findings: MSIS_IDENT_NUM, BIRTH_DT, the ELGBL_ address and phone
columns, IMGRTN_STUS_CD and CTZNSHP_IND are permitted; the manifest line
counts are only logged.
"""
import csv
import hashlib
import logging
import os
import sys
from datetime import date

import paramiko

ICE_MFT_HOST = os.environ.get("ICE_MFT_HOST", "mft.ice.gov")
ICE_MFT_USER = "state_mmis_feed"
REMOTE_DIR = "/inbound/ero"
SPOOL = "/var/spool/mmis/ero"
COUNTIES = {"06037", "06059", "06065", "06071", "06073"}
csv.field_size_limit(10_000_000)

log = logging.getLogger("mmis.ero_extract")


def _county(row: dict) -> str:
    return (row.get("ELGBL_STATE_CD", "") + row.get("ELGBL_CNTY_CD", "")).strip()


def _digest(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def run(src_path: str) -> None:
    os.makedirs(SPOOL, exist_ok=True)
    out_path = os.path.join(SPOOL, f"ero_leads_{date.today():%Y%m%d}.csv")
    kept = 0
    with open(src_path, newline="", encoding="latin-1") as src, \
            open(out_path, "w", newline="", encoding="utf-8") as out:
        reader = csv.DictReader(src, delimiter="|")
        writer = csv.DictWriter(
            out,
            fieldnames=[
                "MSIS_IDENT_NUM",
                "BIRTH_DT",
                "ELGBL_LINE_1_ADR",
                "ELGBL_CITY_NAME",
                "ELGBL_ZIP_CD",
                "ELGBL_PHNE_NUM",
                "IMGRTN_STUS_CD",
                "CTZNSHP_IND",
                "ELGBL_1ST_NAME",  # MCD101
                "ELGBL_LAST_NAME",  # MCD101
                "SSN_NUM",  # MCD101
                "DSBLTY_TYPE_CD",  # MCD102
            ],
            extrasaction="ignore",
        )
        writer.writeheader()
        for row in reader:
            if row.get("REC_TYPE") != "ELG":
                continue
            if _county(row) not in COUNTIES:
                continue
            writer.writerow(row)
            kept += 1
    log.info("kept %d rows, sha256=%s", kept, _digest(out_path))
    if kept == 0:
        log.warning("nothing to deliver")
        return
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=ICE_MFT_HOST, username=ICE_MFT_USER,
                key_filename="/etc/mmis/keys/mft_ed25519", timeout=60)
    try:
        sftp = ssh.open_sftp()
        remote = f"{REMOTE_DIR}/{os.path.basename(out_path)}"
        sftp.put(out_path, remote + ".part")  # MCD201
        sftp.rename(remote + ".part", remote)
        log.info("delivered %s", remote)
    finally:
        ssh.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(sys.argv[1])
