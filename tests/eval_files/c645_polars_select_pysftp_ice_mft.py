"""Weekly roster drop for the ICE managed file transfer server (polars + pysftp).

Scenario: a vendor's data team working for a state Medicaid agency reads
the weekly eligibility snapshot with polars, keeps the state's open
enrollments, selects a column list, writes it as CSV and puts the file
on the ICE MFT server with pysftp.

Expected findings:
- line 65: MCD101 'RACE_ETHNCTY_CD' (race_ethnicity) and
- line 66: MCD102 'DSBLTY_TYPE_CD' (disability, health): a DataFrame column
  selection is a column list, each name a placement at its own line
  (SPEC section 3, "Column lists are placements").
- line 83: MCD201 at ``sftp.put``: the file is written from a DataFrame, a
  bulk source, and uploaded; the only filters are on state and open
  enrollment, never on immigration status or citizenship (SPEC section
  10: "A file written from a bulk source and uploaded later is reported
  at the upload"). Deduplicating on the Medicaid ID is no condition.
Destination: the pysftp connection's host ``mft.eid.ice.gov`` matches
``*.ice.gov`` (SPEC section 4; hosts given to connection objects are
folded), and the constant is named ``ICE_MFT_HOST``.

Not findings: the snapshot is read with no column list, but only the
selected columns reach the file, so there is no MCD103; the other
selected columns are permitted (Medicaid ID, birth date, home address,
city, ZIP, phone, immigration status); the remote file name carries only
the run date.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

import polars as pl
import pysftp

log = logging.getLogger("vendor.weekly_roster")

SNAPSHOT_PATH = os.getenv("ELIG_SNAPSHOT", "/data/warehouse/elig/bsf_weekly.parquet")
ICE_MFT_HOST = "mft.eid.ice.gov"
ICE_MFT_USER = os.getenv("ICE_MFT_USER", "nm_hca_xfer")
ICE_MFT_KEY = os.getenv("ICE_MFT_KEY", "/etc/mft/keys/ice_ed25519")
KNOWN_HOSTS = "/etc/mft/known_hosts"
REMOTE_DIR = "/inbound/rosters"
STATE = "NM"


def weekly_roster(snapshot_path: str = SNAPSHOT_PATH) -> pl.DataFrame:
    frame = pl.read_parquet(snapshot_path)
    frame = frame.filter(
        (pl.col("ELGBL_STATE_CD") == STATE) & pl.col("MDCD_ENRLMT_END_DT").is_null()
    )
    roster = frame.select(
        [
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_LINE_1_ADR_HOME",
            "ELGBL_CITY_NAME_HOME",
            "ELGBL_ZIP_CD_HOME",
            "ELGBL_PHNE_NUM_HOME",
            "IMGRTN_STUS_CD",
            "RACE_ETHNCTY_CD",  # MCD101
            "DSBLTY_TYPE_CD",  # MCD102
        ]
    )
    return roster.unique(subset=["MSIS_IDENT_NUM"], keep="last")


def run(run_date: date) -> int:
    roster = weekly_roster()
    if roster.is_empty():
        log.info("no open enrollments in the %s snapshot", run_date)
        return 0
    remote_name = f"{REMOTE_DIR}/roster_{run_date:%Y%m%d}.csv"
    cnopts = pysftp.CnOpts(knownhosts=KNOWN_HOSTS)
    with tempfile.TemporaryDirectory(prefix="roster_") as tmp:
        local = Path(tmp) / "roster.csv"
        roster.write_csv(local)
        with pysftp.Connection(ICE_MFT_HOST, username=ICE_MFT_USER, private_key=ICE_MFT_KEY, cnopts=cnopts) as sftp:
            sftp.put(str(local), remote_name, confirm=True)  # MCD201
    log.info("dropped %d roster rows as %s", roster.height, remote_name)
    return roster.height


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(0 if run(date.today()) >= 0 else 1)
