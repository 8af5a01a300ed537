"""Weekly referral file for the ERO managed file transfer server.

Scenario: a state contractor reads the weekly eligibility CSV, keeps the
rows whose immigration status is in the removal-eligible set, writes a
referral CSV with ``csv.DictWriter`` and uploads it with pysftp to the
ERO MFT host.

Expected findings (SPEC section 3, "Column lists are placements":
``csv.DictWriter`` ``fieldnames``, each name at its own line):
- line 56: MCD101 'ssn_last4' (ssn).
- line 57: MCD101 'aid_code' (eligibility).
- line 58: MCD102 'is_pregnant' (pregnancy, health).
The written file is uploaded later with ``sftp.put`` to
``mft.ero.ice.gov`` (``*.ice.gov``; SPEC section 4, "files written for
later upload" and paramiko/pysftp "the file ... put").

Not findings: the other fieldnames are permitted; the rows come from a
CSV reader but each row is kept only when ``immigration_status`` is in
REMOVAL_ELIGIBLE (an ``if``/``continue`` condition, SPEC section 10);
the header written by ``writeheader`` comes from the same fieldnames
(no second placement); the remote directory is a constant.
"""
from __future__ import annotations

import csv
import datetime as dt
import logging
from pathlib import Path

import pysftp

log = logging.getLogger("contractor.referrals")

ERO_SFTP_HOST = "mft.ero.ice.gov"
ERO_SFTP_USER = "state-medicaid-xfer"
ERO_SFTP_KEY = "/etc/xfer/keys/ero_mft_rsa"
KNOWN_HOSTS = "/etc/xfer/known_hosts"
REMOTE_DIR = "/inbound/medicaid"
OUTBOUND = Path("/var/spool/medicaid/outbound")
REMOVAL_ELIGIBLE = frozenset({"EWI", "VISA_OVERSTAY", "FINAL_ORDER"})


def write_referral_file(source_csv: Path, run_date: dt.date) -> Path:
    out_path = OUTBOUND / f"referrals_{run_date:%Y%m%d}.csv"
    kept = skipped = 0
    with source_csv.open(newline="") as src, out_path.open("w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(
            dst,
            fieldnames=[
                "medicaid_id",
                "date_of_birth",
                "home_address",
                "home_phone",
                "immigration_status",
                "ssn_last4",  # MCD101
                "aid_code",  # MCD101
                "is_pregnant",  # MCD102
            ],
            extrasaction="ignore",
        )
        writer.writeheader()
        for row in reader:
            if row.get("immigration_status") not in REMOVAL_ELIGIBLE:
                skipped += 1
                continue
            writer.writerow(row)
            kept += 1
    log.info("referral file %s: %d kept, %d skipped", out_path, kept, skipped)
    return out_path


def upload(path: Path) -> None:
    cnopts = pysftp.CnOpts(knownhosts=KNOWN_HOSTS)
    with pysftp.Connection(
        ERO_SFTP_HOST,
        username=ERO_SFTP_USER,
        private_key=ERO_SFTP_KEY,
        cnopts=cnopts,
    ) as sftp:
        with sftp.cd(REMOTE_DIR):
            sftp.put(str(path))


def run(source_csv: Path, run_date: dt.date | None = None) -> None:
    run_date = run_date or dt.date.today()
    path = write_referral_file(source_csv, run_date)
    try:
        upload(path)
    except (pysftp.ConnectionException, OSError):
        log.exception("upload of %s failed", path)
        raise
    log.info("uploaded %s", path)
