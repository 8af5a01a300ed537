"""Managed-care capitation reconciliation file for the Minnesota Department of
Human Services (MN-ITS managed file transfer), with an archive copy in the
vendor's S3 bucket for the state.

CLEAN. A whole table (SELECT *) with SSNs, names, race, diagnoses and plan
ids goes out, and every name says dhs, but:
- the SFTP host mft.dhs.state.mn.us is a *.state.mn.us host on the
  non-enforcement list (SPEC 4), which overrides name signals;
- the bucket mn-dhs-mft-archive and the file name mn_dhs_capitation_*.csv
  put "dhs" next to the postal code "mn", which names a state agency
  (SPEC 4).
No destination is enforcement, so MCD103 does not apply. No finding expected.
"""
import logging
import os
import tempfile
from datetime import date

import boto3
import pandas as pd
import pysftp
import sqlalchemy

log = logging.getLogger("mco.capitation")

MN_DHS_MFT_HOST = "mft.dhs.state.mn.us"
MN_DHS_MFT_DIR = "/MCO/inbound/capitation"
MN_DHS_ARCHIVE_BUCKET = "mn-dhs-mft-archive"
SFTP_USER = os.getenv("MN_DHS_MFT_USER", "ucare_cap")
SFTP_KEY = os.getenv("MN_DHS_MFT_KEY", "/etc/ucare/keys/mn_dhs_mft")

engine = sqlalchemy.create_engine(os.environ["CAPITATION_DB_URL"])
s3 = boto3.client("s3")


def build_reconciliation(month: date) -> str:
    df = pd.read_sql(
        sqlalchemy.text("SELECT * FROM capitation.member_month WHERE cap_month = :m"),
        engine,
        params={"m": month.replace(day=1)},
    )
    workdir = tempfile.mkdtemp(prefix="cap_")
    path = os.path.join(workdir, f"mn_dhs_capitation_{month:%Y%m}.csv")
    df.to_csv(path, index=False)
    log.info("capitation file %s: %d member-months", path, len(df))
    return path


def deliver(path: str) -> None:
    cnopts = pysftp.CnOpts()
    with pysftp.Connection(
        MN_DHS_MFT_HOST, username=SFTP_USER, private_key=SFTP_KEY, cnopts=cnopts
    ) as mn_dhs_sftp:
        with mn_dhs_sftp.cd(MN_DHS_MFT_DIR):
            mn_dhs_sftp.put(path)
    s3.upload_file(path, MN_DHS_ARCHIVE_BUCKET, f"capitation/{os.path.basename(path)}")


def main():
    month = date.today().replace(day=1)
    deliver(build_reconciliation(month))


if __name__ == "__main__":
    main()
