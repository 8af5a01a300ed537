"""County roster written with csv.DictWriter and uploaded to ICE's managed file transfer.

Scenario: a state eligibility vendor's CLI pulls the active roster of one
county through the agency's data-access layer (``fetch_county_roster``,
imported, so its rows carry no names of their own), writes a CSV with
``csv.DictWriter(fieldnames=EXPORT_FIELDS, extrasaction="ignore")`` and
uploads the file over SFTP to ``mft.eid.ice.gov``.  The paramiko client is
built in ``main`` and passed in.

Expected findings (destination: SSH host ``mft.eid.ice.gov`` matches
``*.ice.gov``; the remote directory also carries ``ice``, SPEC 4):
- ``EXPORT_FIELDS`` is the DictWriter ``fieldnames``, a column list whose
  names are placements at their own lines (SPEC 3):
  * ``"full_name"`` -> name, MCD101;
  * ``"gender"`` -> sex, MCD101;
  * ``"aid_code"`` -> eligibility, MCD101;
  * ``"pregnancy_due_on"`` -> pregnancy (health), MCD102.
  ``cin``, ``date_of_birth``, ``home_address``, ``city``, ``zip_code`` and
  ``phone_number`` are permitted.
- MCD201 at ``sftp.put``: ``enrollees`` is a plural person noun bound in
  the function (SPEC 10 bulk source); the file is written in a loop over it
  and uploaded afterwards ("a file written from a bulk source and uploaded
  later is reported at the upload"); nothing tests immigration status or
  citizenship.
The local file name carries no enforcement token, so the write itself is
not an enforcement sink.
"""
from __future__ import annotations

import argparse
import csv
import logging
import os
import tempfile
from contextlib import contextmanager
from datetime import date

from elig.dal import fetch_county_roster, open_connection

log = logging.getLogger("elig.mft")

ICE_MFT_HOST = os.environ.get("MFT_HOST", "mft.eid.ice.gov")
ICE_REMOTE_DIR = "/inbound/ice/rosters"
MFT_USER = os.environ.get("MFT_USER", "svc-medicaid-xfer")
MFT_KEY = os.environ.get("MFT_KEY", "/etc/xfer/id_ed25519")

EXPORT_FIELDS = [
    "cin",
    "date_of_birth",
    "home_address",
    "city",
    "zip_code",
    "phone_number",
    "full_name",  # MCD101
    "gender",  # MCD101
    "aid_code",  # MCD101
    "pregnancy_due_on",  # MCD102
]


@contextmanager
def workdir(keep=False):
    path = tempfile.mkdtemp(prefix="roster-")
    try:
        yield path
    finally:
        if not keep:
            for name in os.listdir(path):
                os.unlink(os.path.join(path, name))
            os.rmdir(path)


def export_roster(conn, county, ssh, keep=False):
    enrollees = fetch_county_roster(conn, county, status="ACTIVE")
    with workdir(keep=keep) as tmp:
        local_path = os.path.join(tmp, f"roster_{county}_{date.today():%Y%m%d}.csv")
        written = 0
        with open(local_path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
            writer.writeheader()
            for enrollee in enrollees:
                writer.writerow(enrollee)
                written += 1
        if not written:
            log.info("county %s: empty roster, nothing to upload", county)
            return 0
        ssh.connect(hostname=ICE_MFT_HOST, username=MFT_USER, key_filename=MFT_KEY, timeout=30)
        sftp = ssh.open_sftp()
        try:
            sftp.put(local_path, f"{ICE_REMOTE_DIR}/{os.path.basename(local_path)}")  # MCD201
        finally:
            sftp.close()
            ssh.close()
    log.info("county %s: uploaded %d rows", county, written)
    return written


def main(argv=None):
    import paramiko

    parser = argparse.ArgumentParser(prog="roster-mft")
    parser.add_argument("county")
    parser.add_argument("--keep", action="store_true", help="keep the local CSV")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    with open_connection() as conn:
        export_roster(conn, args.county, ssh, keep=args.keep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
