"""Jobs that hand a member to the transport (round 93): the destination comes from here, so the
fields the third module places are this module's findings, at the call.

Expected:
- jobs.py:19 MCD101 ssn -- placed by shaping.identity, sent by transport.post_member to ICE_URL given here
- jobs.py:23 MCD103 vars(member) -- placed by shaping.whole
- jobs.py:27 clean -- refer_now reports in transport.py, not again here
- jobs.py:31 clean -- the state's host
- jobs.py:35 clean -- only permitted fields
"""

from .transport import post_basic, post_member, post_whole, refer_now

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"


def refer(member):
    return post_member(ICE_URL, member)  # MCD101


def refer_whole(member):
    return post_whole(ICE_URL, member)  # MCD103


def refer_direct(member):
    return refer_now(member)


def renew(member):
    return post_member(STATE_URL, member)


def refer_basic(member):
    return post_basic(ICE_URL, member)
