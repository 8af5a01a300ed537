"""Daily ICE referral drop file: CSV rows written with ``csv.writer`` from the
eligibility extract and uploaded to the ICE SFTP host (pysftp).

Scenario: a state vendor reads the daily T-MSIS-style extract with
``csv.DictReader``, keeps rows whose immigration status code is an
unlawful-presence code, writes the referral file ``ice_eid_referrals.csv``
and pushes it to the ICE SFTP drop.  The row list still carries the SSN and
the race/ethnicity code from an older layout.

Expected findings (2):
- MCD101 at ``row["SSN_NUM"]`` in the row list (SPEC section 3: each list
  element is a placement at its own line; ssn).
- MCD101 at ``row["RACE_ETHNCTY_CD"]`` (race_ethnicity).
The header row is literals written by ``csv.writer``: constants, never a
finding.  Each placement reaches both the file (its name has the ``ice``
token) and the SFTP upload; one placement is reported once (SPEC section 3).
No MCD201: the loop skips rows whose IMGRTN_STUS_CD is not in the
unlawful-presence codes (SPEC section 10).
Destination (SPEC section 4): the host ``sftp.eid.ice.gov`` (``*.ice.gov``)
and the file name.
"""
from __future__ import annotations

import csv
import logging
import os
from pathlib import Path

import pysftp

log = logging.getLogger("eid.sftp_drop")

EXTRACT_PATH = Path(os.environ.get("ELIG_EXTRACT", "/data/extracts/elig_daily.csv"))
OUT_DIR = Path(os.environ.get("DROP_DIR", "/data/outbound"))
REFERRAL_FILE = "ice_eid_referrals.csv"
ICE_SFTP_HOST = "sftp.eid.ice.gov"
ICE_SFTP_USER = os.environ.get("EID_SFTP_USER", "tx-hhsc-drop")
ICE_SFTP_KEY = os.environ.get("EID_SFTP_KEY", "/etc/eid/id_rsa")
REMOTE_DIR = "/incoming/state_referrals"
UNLAWFUL_PRESENCE_CODES = {"3", "8"}

HEADER = [
    "MEDICAID_ID",
    "DATE_OF_BIRTH",
    "SSN",
    "RACE_ETHNICITY",
    "ADDRESS_LINE1",
    "ZIP",
    "IMMIGRATION_STATUS",
]


def write_referral_file(extract: Path, out_path: Path) -> int:
    written = 0
    with extract.open(newline="", encoding="utf-8") as src, out_path.open("w", newline="", encoding="utf-8") as dst:
        reader = csv.DictReader(src)
        writer = csv.writer(dst)
        writer.writerow(HEADER)
        for row in reader:
            if row["IMGRTN_STUS_CD"] not in UNLAWFUL_PRESENCE_CODES:
                continue
            writer.writerow(
                [
                    row["MSIS_IDENT_NUM"],
                    row["BIRTH_DT"],
                    row["SSN_NUM"],  # MCD101
                    row["RACE_ETHNCTY_CD"],  # MCD101
                    row["ELGBL_LINE_1_ADR_HOME"],
                    row["ELGBL_ZIP_CD_HOME"],
                    row["IMGRTN_STUS_CD"],
                ]
            )
            written += 1
    return written


def upload(local_path: Path) -> None:
    cnopts = pysftp.CnOpts(knownhosts="/etc/eid/known_hosts")
    with pysftp.Connection(
        ICE_SFTP_HOST, username=ICE_SFTP_USER, private_key=ICE_SFTP_KEY, cnopts=cnopts
    ) as sftp:
        with sftp.cd(REMOTE_DIR):
            sftp.put(str(local_path), remotepath=REFERRAL_FILE + ".tmp", preserve_mtime=True)
            if sftp.exists(REFERRAL_FILE):
                sftp.remove(REFERRAL_FILE)
            sftp.rename(REFERRAL_FILE + ".tmp", REFERRAL_FILE)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out_path = OUT_DIR / REFERRAL_FILE
    count = write_referral_file(EXTRACT_PATH, out_path)
    if count == 0:
        log.info("no referrals today")
        return 0
    try:
        upload(out_path)
    except (OSError, pysftp.exceptions.ConnectionException) as exc:
        log.error("SFTP upload failed: %s", exc)
        return 1
    log.info("uploaded %d referrals to %s", count, ICE_SFTP_HOST)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
