"""Pandas job that orders the monthly enrollee file by immigration status before sending it to ICE ERO.

Flagged: sort_values on imgrtn_stus_cd only orders rows, and drop_duplicates on the id removes nobody by status.
"""
import logging

import pandas as pd
import requests

log = logging.getLogger(__name__)
ERO_BULK_ENDPOINT = "https://ero.ice.gov/bulk/v1/enrollees"


def send_month(path: str) -> int:
    df = pd.read_csv(
        path,
        usecols=["msis_ident_num", "birth_dt", "elgbl_zip_cd", "imgrtn_stus_cd", "ctznshp_ind"],
        dtype={"msis_ident_num": str, "elgbl_zip_cd": str},
        parse_dates=["birth_dt"],
    )
    df = df.sort_values(["imgrtn_stus_cd", "msis_ident_num"], na_position="last")
    df = df.drop_duplicates(subset="msis_ident_num", keep="first")
    resp = requests.post(  # MCD201
        ERO_BULK_ENDPOINT,
        data=df.to_json(orient="records", date_format="iso"),
        headers={"Content-Type": "application/json"},
        timeout=600,
    )
    log.info("ERO bulk upload returned %s", resp.status_code)
    return resp.status_code
