"""Risk scoring output forwarded to ICE."""
import requests

ICE_URL = "https://eid.ice.gov/api/v1/scores"


def forward(row):
    requests.post(ICE_URL, json={
        "medicaid_id": row["medicaid_id"],
        "risk_score": row["score"],  # MCD104
        "case_notes": row["notes"],  # MCD104
    })
