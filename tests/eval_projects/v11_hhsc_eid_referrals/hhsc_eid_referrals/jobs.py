"""Nightly referral run, one county at a time (invoked from a management command)."""
import logging

from . import client, filters, payloads, repository

log = logging.getLogger(__name__)


def refer_county(county_cd):
    sent = 0
    for member in repository.active_enrollees(county_cd):
        if not filters.has_mailing_address(member):
            continue
        if not filters.renewal_overdue(member):
            continue
        referral = payloads.build_referral(member)
        client.post_referral(referral)  # MCD101 MCD201
        sent += 1
    log.info("county %s: %d referrals posted", county_cd, sent)
    return sent


def refer_one(cin):
    """Manual referral of a single member by CIN (caseworker request)."""
    member = repository.member_by_cin(cin)
    return client.post_referral(payloads.build_referral(member))  # MCD101
