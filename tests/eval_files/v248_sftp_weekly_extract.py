"""Weekly enrollee extract for the ICE EID managed file transfer (SFTP via paramiko).

- EXPORT_FIELDS is the ORM .values() list and the csv.DictWriter fieldnames (§3 column lists):
  "primary_language" (language) and "household_size" (household) are outside the six categories
  (§5) -> MCD101 at each name's own line; the other names are permitted (§1).
- Rows come from Enrollee.objects.filter(county_code__in=..., is_active=True), a bulk source with
  no condition on immigration status or citizenship (§10). The CSV written from it is uploaded by
  sftp.put to mft.eid.ice.gov (*.ice.gov, §4) -> MCD201 at the upload (§10 files written then uploaded).
"""
import csv
import logging
import os
import tempfile
from datetime import date

import paramiko
from django.conf import settings

from enrollment.models import Enrollee

log = logging.getLogger(__name__)

EID_MFT_HOST = "mft.eid.ice.gov"
EID_MFT_PORT = 22
REMOTE_DIR = "/inbound/medicaid/weekly"
PILOT_COUNTIES = ("037", "059", "073")

EXPORT_FIELDS = [
    "medicaid_id",
    "date_of_birth",
    "mailing_address",
    "zip_code",
    "phone_number",
    "primary_language",  # MCD101
    "household_size",  # MCD101
]


class ExtractError(Exception):
    """The weekly extract could not be produced or delivered."""


def run_weekly_extract(counties=PILOT_COUNTIES):
    """Write this week's extract and deliver it; returns the number of rows."""
    run_date = date.today()
    qs = Enrollee.objects.filter(county_code__in=counties, is_active=True).order_by("medicaid_id")

    fd, local_path = tempfile.mkstemp(prefix="weekly_", suffix=".csv")
    written = 0
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        for row in qs.values(*EXPORT_FIELDS).iterator(chunk_size=2000):
            writer.writerow(row)
            written += 1
    if not written:
        os.remove(local_path)
        log.info("no enrollees in counties %s; nothing to send", ",".join(counties))
        return 0
    log.info("wrote %d rows to %s", written, local_path)

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    try:
        ssh.connect(
            hostname=EID_MFT_HOST,
            port=EID_MFT_PORT,
            username=settings.EID_MFT_USER,
            key_filename=settings.EID_MFT_KEY_PATH,
            timeout=30,
        )
        sftp = ssh.open_sftp()
        sftp.put(local_path, f"{REMOTE_DIR}/enrollees_{run_date:%Y%m%d}.csv")  # MCD201
        sftp.close()
    except (paramiko.SSHException, OSError) as exc:
        raise ExtractError(f"delivery to {EID_MFT_HOST} failed") from exc
    finally:
        ssh.close()
        os.remove(local_path)
    return written
