"""Answers to individual ICE case requests, mirrored into TIERS."""
import requests

from . import db
from .settings import ICE_CASE_API, TIERS_API


def answer_case_request(conn, medicaid_id: str) -> int:
    """Answer one case request about one member, and log it in TIERS."""
    row = db.fetch_member(conn, medicaid_id)
    resp = requests.post(f"{ICE_CASE_API}/subjects", json=row, timeout=30)  # MCD103
    resp.raise_for_status()
    requests.put(
        f"{TIERS_API}/members/{medicaid_id}/case-requests",
        json=row,
        timeout=30,
    )
    return resp.status_code
