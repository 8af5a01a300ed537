"""The service between the jobs and the transport: passes the URL and the member on.

Expected:
- service.py:30 MCD101 ssn -- refer_here chooses the enforcement URL itself: its finding, at its call
- service.py:34 clean -- the race is placed here, but the caller gives the URL
"""

import logging

from .transport import post, post_body, refer_now

log = logging.getLogger(__name__)
ICE = "https://eid.ice.gov/api/v2/referrals"


def submit(url, member):
    log.info("submitting a member")
    return post(url, member)


def submit_body(url, body):
    return post_body(url, body)


def refer_direct(member):
    return refer_now(member)


def refer_here(member):
    return post(ICE, member)  # MCD101


def submit_built(url, member):
    body = {"medicaid_id": member.cin, "race": member.race_cd}
    return post_body(url, body)
