"""Record scrubbing and the CSV files of the local spool directory."""
import csv
import os
from datetime import date

from calref.config import SPOOL_DIR
from calref.fields import REFERRAL_FIELDS, WORKLIST_FIELDS


def scrub(record):
    """Drop every key outside the six permitted categories."""
    return {k: v for k, v in record.items() if k in REFERRAL_FIELDS}


def write_referral_file(batch):
    path = os.path.join(SPOOL_DIR, f"medi-cal-ero-referrals-{date.today():%Y%m%d}.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=REFERRAL_FIELDS)
        writer.writeheader()
        writer.writerows(batch)
    return path


def write_worklist(rows):
    """Caseworker worklist; stays on the county share, never transferred."""
    path = os.path.join(SPOOL_DIR, "worklists", f"worklist-{date.today():%Y%m%d}.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=WORKLIST_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path
