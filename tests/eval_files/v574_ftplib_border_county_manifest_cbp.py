"""Border-county manifest written with ``csv.writer`` and uploaded to CBP over FTPS (``ftplib``).

Scenario: a state vendor's job reads the pipe-delimited T-MSIS eligibility
extract, keeps the rows of border counties, writes a CSV manifest with a
literal header row and one list per row, and uploads it with
``ftplib.FTP_TLS.storbinary`` to ``ftps.cbp.gov``.

Destination: the FTPS host ``ftps.cbp.gov`` matches ``*.cbp.gov`` (SPEC 4
enforcement host patterns; ftplib is a sink, "the file or file object put").

Expected findings:
- The header row is a list of literals written by ``csv.writer``: constants,
  never a finding (SPEC 3 "Column lists"), even though it names
  ``SSN_NUM`` and ``RACE_ETHNCTY_CD``.
- The data rows are lists; each element is a placement at its own line
  (SPEC 3 "the list element"):
  * ``row["SSN_NUM"]`` -> SSN, MCD101;
  * ``row["RACE_ETHNCTY_CD"]`` -> race/ethnicity, MCD101;
  * ``row["DSBLTY_TYPE_CD"]`` -> disability (health), MCD102.
  The other elements are permitted (MSIS id, birth date, ZIP, phone).
- MCD201 at ``storbinary``: the CSV reader is a bulk source, the file is
  written in the loop over it and uploaded afterwards ("A file written from
  a bulk source and uploaded later is reported at the upload", SPEC 10).
  The county test is not a condition on immigration status or citizenship.
"""
from __future__ import annotations

import csv
import logging
import os
import shutil
import tempfile
from datetime import date
from ftplib import FTP_TLS

log = logging.getLogger("manifests.cbp")

CBP_FTPS_HOST = os.environ.get("CBP_FTPS_HOST", "ftps.cbp.gov")
CBP_REMOTE_DIR = "/inbound/medicaid/manifests"
FTPS_USER = os.environ.get("FTPS_USER", "svc-state-medicaid")
FTPS_PASSWORD = os.environ.get("FTPS_PASSWORD", "")
BORDER_COUNTIES = frozenset({"025", "073", "027", "071"})
HEADER = [
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_ZIP_CD",
    "ELGBL_PHNE_NUM",
    "SSN_NUM",
    "RACE_ETHNCTY_CD",
    "DSBLTY_TYPE_CD",
]


def export_and_upload(extract_path):
    workdir = tempfile.mkdtemp(prefix="manifest-")
    local_path = os.path.join(workdir, f"cbp_manifest_{date.today():%Y%m%d}.csv")
    written = 0
    try:
        with open(extract_path, newline="", encoding="utf-8") as src, open(
            local_path, "w", newline="", encoding="utf-8"
        ) as dst:
            writer = csv.writer(dst)
            writer.writerow(HEADER)
            for row in csv.DictReader(src, delimiter="|"):
                if row["ELGBL_CNTY_CD"] not in BORDER_COUNTIES:
                    continue
                writer.writerow(
                    [
                        row["MSIS_IDENT_NUM"],
                        row["BIRTH_DT"],
                        row["ELGBL_ZIP_CD"],
                        row["ELGBL_PHNE_NUM"],
                        row["SSN_NUM"],  # MCD101
                        row["RACE_ETHNCTY_CD"],  # MCD101
                        row["DSBLTY_TYPE_CD"],  # MCD102
                    ]
                )
                written += 1
        if not written:
            log.info("no border-county rows today; nothing uploaded")
            return 0
        with FTP_TLS(CBP_FTPS_HOST, timeout=60) as ftps:
            ftps.login(FTPS_USER, FTPS_PASSWORD)
            ftps.prot_p()
            with open(local_path, "rb") as fh:
                ftps.storbinary(f"STOR {CBP_REMOTE_DIR}/manifest_{date.today():%Y%m%d}.csv", fh)  # MCD201
        log.info("uploaded %d manifest rows", written)
        return written
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.INFO)
    export_and_upload(sys.argv[1])
