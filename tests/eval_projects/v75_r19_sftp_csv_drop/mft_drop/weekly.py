"""Weekly extract, run by cron (no caller in this package)."""

import csv

from .settings import WEEKLY_EXTRACT
from .transfer import upload as sftp_upload

WEEKLY_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "facility_zip",  # MCD102
    "ethnicity",  # MCD101
    "outreach_wave",  # MCD104
]


def export_weekly(rows):
    with open(WEEKLY_EXTRACT, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=WEEKLY_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    sftp_upload(WEEKLY_EXTRACT, "weekly_extract.csv")  # MCD201
