"""Vendor integration module: a one-member referral helper plus the county batch that drives it.

Flagged: refer_member()'s parameter reaches the ICE sink and it is called in a loop over a county queryset.
"""
import logging

import requests
from django.db import transaction

from enrollment.models import Member, ReferralLog

log = logging.getLogger(__name__)
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
_session = requests.Session()


def refer_member(member) -> bool:
    resp = _session.post(
        ICE_REFERRAL_URL,
        json={
            "cin": member.cin,
            "birth_date": member.birth_date.isoformat(),
            "street_address": member.street_address,
            "zip_code": member.zip_code,
        },
        timeout=30,
    )
    return resp.ok


def run_county_batch(county: str) -> None:
    members = Member.objects.filter(county=county).order_by("cin")
    for member in members:
        ok = refer_member(member)  # MCD201
        with transaction.atomic():
            ReferralLog.objects.create(member=member, accepted=ok)
        if not ok:
            log.warning("ICE rejected referral for %s", member.cin)
