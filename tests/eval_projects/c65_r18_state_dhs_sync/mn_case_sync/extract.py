"""Monthly flat-file extract for the state's managed file transfer."""

import csv
import os
from datetime import date

from .settings import EXTRACT_DIR

EXTRACT_COLUMNS = [
    "cin",
    "first_name",
    "last_name",
    "ssn",
    "birth_date",
    "home_address",
    "diagnosis_code",
]


def write_extract(cases, run_date: date) -> str:
    path = os.path.join(EXTRACT_DIR, f"mn_dhs_mft_extract_{run_date:%Y%m%d}.csv")
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=EXTRACT_COLUMNS)
        writer.writeheader()
        for case in cases:
            writer.writerow({col: getattr(case, col) for col in EXTRACT_COLUMNS})
    return path
