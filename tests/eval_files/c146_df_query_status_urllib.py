"""Weekly Parquet-based referral: pick non-citizen rows without qualified status and POST them with urllib.

Clean: df.query(...) names ctznshp_ind and imgrtn_stus_cd, so the rows sent are chosen on status.
"""
import json
import urllib.request

import pandas as pd

ICE_WEEKLY_URL = "https://eid.ice.gov/api/v1/weekly"
NOT_QUALIFIED = ["8", "9"]


def send_week(parquet_path: str) -> int:
    df = pd.read_parquet(
        parquet_path,
        columns=[
            "msis_ident_num",
            "birth_dt",
            "elgbl_line_1_adr",
            "elgbl_zip_cd",
            "ctznshp_ind",
            "imgrtn_stus_cd",
        ],
    )
    picked = df.query("ctznshp_ind == '0' and imgrtn_stus_cd in @NOT_QUALIFIED")
    body = json.dumps(picked.to_dict(orient="records"), default=str).encode("utf-8")
    req = urllib.request.Request(
        ICE_WEEKLY_URL,
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=120) as resp:
        return resp.status
