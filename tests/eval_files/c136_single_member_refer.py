"""Caseworker-initiated referral service: send the one member a worker selected to the ICE EID API.

Clean: refer() sends one person's record chosen by its caller, which is not bulk.
"""
import logging

import requests

from .models import Member

log = logging.getLogger(__name__)
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"


class ReferralError(RuntimeError):
    pass


def refer(member: Member, worker_id: str) -> str:
    """Send a single caseworker-approved referral and return ICE's tracking id."""
    body = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "phone_number": member.phone_number,
        "citizenship_status": member.citizenship_status,
        "immigration_status": member.immigration_status,
    }
    resp = requests.post(ICE_REFERRAL_URL, json=body, timeout=30)
    if resp.status_code != 201:
        log.error("referral by worker %s failed: %s", worker_id, resp.text)
        raise ReferralError(resp.status_code)
    return resp.json()["tracking_id"]
