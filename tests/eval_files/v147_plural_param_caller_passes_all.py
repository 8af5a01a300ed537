"""Referral module with a batch pusher and the nightly entry point that calls it.

Flagged: push_referrals(enrollees) is called here with Enrollee.objects.all(); MCD201 is at that call.
"""
import logging

import httpx

from enrollment.models import Enrollee

log = logging.getLogger(__name__)
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"


def push_referrals(enrollees, *, client: httpx.Client) -> int:
    count = 0
    for e in enrollees:
        client.post(
            ICE_REFERRAL_URL,
            json={
                "beneficiary_id": e.beneficiary_id,
                "birth_date": e.birth_date.isoformat(),
                "residential_address": e.residential_address,
                "phone": e.phone,
            },
        )
        count += 1
    return count


def refer_all_enrollees() -> int:
    with httpx.Client(timeout=30.0) as client:
        total = push_referrals(Enrollee.objects.all(), client=client)  # MCD201
    log.info("pushed %d referrals", total)
    return total
