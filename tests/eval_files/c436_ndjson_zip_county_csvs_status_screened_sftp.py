"""Weekly EID drop: reads the T-MSIS eligible-file NDJSON extract, keeps
status-matched enrollees, writes one CSV per county into a zip archive and
puts the archive on the ICE SFTP server (paramiko).

CLEAN (no finding expected).
- The NDJSON reader is a bulk source; the `continue` on IMGRTN_STUS_CD
  guards the append to the batch, a condition on status (SPEC 10).
- Each row is {k: rec[k] for k in PERMITTED_COLUMNS}, a constant tuple of
  permitted names (SPEC 6 sanitizer), and DictWriter fieldnames is the same
  permitted tuple (SPEC 3 column lists).
- Zip member names use the county code (address, permitted); the remote
  path is a constant.
"""
import csv
import io
import json
import logging
import os
import sys
import zipfile
from collections import defaultdict

import paramiko

log = logging.getLogger("eid.weekly_zip")

ICE_SFTP_HOST = os.environ.get("ICE_SFTP_HOST", "sftp.eid.ice.gov")
ICE_SFTP_USER = os.environ.get("ICE_SFTP_USER", "ca_dhcs_eid")
ICE_SFTP_KEY = "/etc/dhcs/keys/eid_ed25519"
ICE_REMOTE_PATH = "/inbound/ca-dhcs/eid_weekly.zip"
LOCAL_ARCHIVE = "/var/tmp/dhcs/eid_weekly.zip"

UNLAWFUL_STATUS_CODES = frozenset({"3"})
PERMITTED_COLUMNS = (
    "MSIS_IDENT_NUM",
    "BIRTH_DT",
    "ELGBL_LINE_1_ADR_HOME",
    "ELGBL_CITY_NAME_HOME",
    "ELGBL_STATE_CD_HOME",
    "ELGBL_ZIP_CD_HOME",
    "ELGBL_CNTY_CD_HOME",
    "ELGBL_PHNE_NUM_HOME",
    "CTZNSHP_IND",
    "IMGRTN_STUS_CD",
)


def read_status_matched(extract_path: str) -> dict:
    by_county = defaultdict(list)
    skipped = 0
    with open(extract_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("IMGRTN_STUS_CD") not in UNLAWFUL_STATUS_CODES:
                skipped += 1
                continue
            by_county[rec["ELGBL_CNTY_CD_HOME"]].append({k: rec[k] for k in PERMITTED_COLUMNS})
    log.info("skipped %d records without a matching status", skipped)
    return by_county


def write_archive(by_county: dict) -> str:
    os.makedirs(os.path.dirname(LOCAL_ARCHIVE), exist_ok=True)
    with zipfile.ZipFile(LOCAL_ARCHIVE, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for county, entries in sorted(by_county.items()):
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=PERMITTED_COLUMNS)
            writer.writeheader()
            writer.writerows(entries)
            zf.writestr(f"county_{county}.csv", buf.getvalue())
    return LOCAL_ARCHIVE


def put_archive(local_path: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ICE_SFTP_HOST, username=ICE_SFTP_USER, key_filename=ICE_SFTP_KEY)
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, ICE_REMOTE_PATH)
        sftp.close()
    finally:
        ssh.close()


def main(argv: list) -> int:
    if len(argv) != 2:
        print("usage: eid_weekly_zip.py EXTRACT.ndjson", file=sys.stderr)
        return 2
    put_archive(write_archive(read_status_matched(argv[1])))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
