"""Airflow task body: send the emergency-only rows of the quarterly Medi-Cal extract to the ICE intake API.

Clean: the DataFrame is masked with df["imgrtn_stus_cd"] == EMERGENCY_ONLY before the records are sent.
"""
import pandas as pd
import requests

ICE_INTAKE_URL = "https://eid.ice.gov/intake/v1/records"
EMERGENCY_ONLY = "3"


def send_quarter(extract_path: str) -> int:
    df = pd.read_csv(
        extract_path,
        usecols=[
            "cin",
            "dob",
            "home_address",
            "zip_code",
            "phone",
            "imgrtn_stus_cd",
        ],
        dtype=str,
    )
    targets = df[df["imgrtn_stus_cd"] == EMERGENCY_ONLY]
    if targets.empty:
        return 0
    body = targets.to_json(orient="records", date_format="iso")
    resp = requests.post(
        ICE_INTAKE_URL,
        data=body,
        headers={"Content-Type": "application/json"},
        timeout=120,
    )
    resp.raise_for_status()
    return len(targets)
