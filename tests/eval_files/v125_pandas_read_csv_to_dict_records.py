"""Pandas pipeline: nightly eligibility snapshot CSV pushed to the ICE EID batch-create API.

Flagged: the snapshot DataFrame is narrowed to permitted columns but never filtered on status, then sent whole.
"""
from datetime import date
from pathlib import Path

import httpx
import pandas as pd

SNAPSHOT_DIR = Path("/data/mmis/snapshots")
ICE_EID_BATCH_URL = "https://eid.ice.gov/api/v2/subjects:batchCreate"


def push(run_date: date) -> int:
    path = SNAPSHOT_DIR / f"elig_{run_date:%Y%m%d}.csv"
    df = pd.read_csv(path, dtype=str)[[
        "msis_ident_num",
        "birth_dt",
        "elgbl_line_1_adr",
        "elgbl_zip_cd",
        "elgbl_phne_num",
    ]]
    df = df.dropna(subset=["msis_ident_num"])
    df["birth_dt"] = pd.to_datetime(df["birth_dt"]).dt.strftime("%Y-%m-%d")
    records = df.to_dict("records")
    resp = httpx.post(ICE_EID_BATCH_URL, json=records, timeout=300)  # MCD201
    resp.raise_for_status()
    return len(records)


if __name__ == "__main__":
    push(date.today())
