"""Status-change file in the partner's fixed layout; name and SSN columns are left blank."""

import csv

from . import transfer
from .settings import STATUS_EXTRACT, UNLAWFUL_PRESENCE_CODES

HEADER = ["MSIS_ID", "BIRTH_DT", "IMGRTN_STUS_CD", "LAST_NAME", "SSN"]


def export_status_changes(records):
    with open(STATUS_EXTRACT, "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for rec in records:
            if rec["imgrtn_stus_cd"] not in UNLAWFUL_PRESENCE_CODES:
                continue
            out.writerow([rec["msis_id"], rec["birth_dt"], rec["imgrtn_stus_cd"], "", ""])
    transfer.upload(STATUS_EXTRACT, "status_changes.csv")
