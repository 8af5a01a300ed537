"""Uploads the same T-MSIS rows to the state data warehouse (DHS of Minnesota)."""
import csv
import sys

import requests

DHS_WAREHOUSE_URL = "https://dw.dhs.state.mn.us/tmsis/upload"


def upload(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    payload = [{"MSIS_IDENT_NUM": r["MSIS_IDENT_NUM"], "SSN_NUM": r["SSN_NUM"], "DGNS_1_CD": r["DGNS_1_CD"]} for r in rows]
    requests.post(DHS_WAREHOUSE_URL, json=payload, timeout=300)


if __name__ == "__main__":
    upload(sys.argv[1])
