"""Extract jobs, scheduled by the platform's cron (no caller in this package)."""

import json

import pandas as pd

from nightly_extract.records import to_row
from nightly_extract.storage import upload_batch


def run_nightly(enrollees):
    lines = []
    for member in enrollees:
        lines.append(json.dumps(to_row(member)))
    upload_batch("nightly/enrollees.ndjson", lines)  # MCD201


def run_filtered(enrollees):
    lines = []
    for member in enrollees:
        if member.immigration_status != "UNL":
            continue
        lines.append(json.dumps(to_row(member)))
    upload_batch("filtered/enrollees.ndjson", lines)


def run_backfill(extract_path):
    frame = pd.read_csv(extract_path)  # MCD103
    upload_batch("backfill/extract.csv", [frame.to_csv(index=False)])  # MCD201


def run_status_extract(extract_path):
    frame = pd.read_csv(
        extract_path,
        usecols=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "ELGBL_ZIP_CD",
            "IMGRTN_STUS_CD",
            "RACE_ETHNCTY_CD",  # MCD101
        ],
    )
    frame = frame[frame["IMGRTN_STUS_CD"] == "UNL"]
    upload_batch("status/extract.csv", [frame.to_csv(index=False)])
