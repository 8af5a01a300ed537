"""Batch export of T-MSIS eligibility rows to an ERO intake service."""
import csv
import json
import os
import sys

import requests

INTAKE = os.environ.get("ERO_INTAKE_URL", "https://intake.ero.example.net/upload")


def export(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            record = {
                "MSIS_IDENT_NUM": row["MSIS_IDENT_NUM"],
                "BIRTH_DT": row["BIRTH_DT"],
                "ELGBL_LINE_1_ADR_HOME": row["ELGBL_LINE_1_ADR_HOME"],
                "IMGRTN_STUS_CD": row["IMGRTN_STUS_CD"],
                "RACE_ETHNCTY_CD": row["RACE_ETHNCTY_CD"],  # MCD101
                "DGNS_1_CD": row["DGNS_1_CD"],  # MCD102
                "PRVDR_ID": row["PRVDR_ID"],  # MCD102
            }
            requests.post(INTAKE, data=json.dumps(record), timeout=60)  # MCD201


if __name__ == "__main__":
    export(sys.argv[1])
