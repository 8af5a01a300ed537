"""Vendor drop processor: reads the daily pipe-delimited eligibility CSV and posts one referral per row to ICE.

Flagged: csv.DictReader rows are all sent (the blank-CIN check is no status condition); last_name is also sent.
"""
import csv
import logging

import requests
from requests.adapters import HTTPAdapter

ICE_EID_API = "https://eid.ice.gov/api/v1/persons"
log = logging.getLogger(__name__)


def process_drop(path: str) -> int:
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=3))
    sent = 0
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh, delimiter="|")
        for row in reader:
            if not row["CIN"].strip():
                log.warning("skipping line %d: blank CIN", reader.line_num)
                continue
            referral = {
                "cin": row["CIN"].strip(),
                "dob": row["DOB"],
                "address": row["ADDRESS1"],
                "zip": row["ZIP"],
                "phone": row["PHONE"],
                "last_name": row["LAST_NAME"],  # MCD101
            }
            session.post(ICE_EID_API, json=referral, timeout=20)  # MCD201
            sent += 1
    return sent


if __name__ == "__main__":
    import sys
    print(process_drop(sys.argv[1]))
