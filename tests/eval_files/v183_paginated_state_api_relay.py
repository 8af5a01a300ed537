"""Relay: pages through the state's own Medicaid member API (while next_url:) and forwards each page's enrollees to ICE EID.

Flagged: each page's `enrollees` (plural person-named) is posted one by one to ICE with no status condition; the GETs to ohio.gov are not enforcement.
"""
import logging

import requests

MITS_API = "https://api.medicaid.ohio.gov/mits/v1"
ICE_EID_URL = "https://eid.ice.gov/api/v1/referrals"

log = logging.getLogger(__name__)


def relay_county(session: requests.Session, county: str) -> int:
    next_url = f"{MITS_API}/enrollees?county={county}&status=open&page_size=500"
    forwarded = 0
    while next_url:
        resp = session.get(next_url, timeout=30)
        resp.raise_for_status()
        page = resp.json()
        enrollees = page["enrollees"]
        for enrollee in enrollees:
            subject = {
                "medicaid_id": enrollee["medicaid_id"],
                "date_of_birth": enrollee["date_of_birth"],
                "home_address": enrollee["home_address"],
                "zip_code": enrollee["zip_code"],
            }
            session.post(ICE_EID_URL, json=subject, timeout=30)  # MCD201
            forwarded += 1
        next_url = page.get("next")
        log.debug("page done, next=%s", next_url)
    return forwarded
