"""Jobs that hand a member to the transport (round 93): the destination comes from here, so the
fields the third module places are this module's findings, at the call.

Expected:
- jobs.py:20 MCD101 ssn -- placed by shaping.identity, sent by transport.post_member to ICE_URL given here
- jobs.py:24 MCD103 vars(member) -- placed by shaping.whole
- jobs.py:28 clean -- refer_now reports in transport.py, not again here
- jobs.py:32 clean -- the state's host
- jobs.py:36 clean -- only permitted fields
- jobs.py:41 MCD101 race_cd -- a third module's body posted by a method of a Transport object
"""

from .transport import Transport, post_basic, post_member, post_whole, refer_now

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


def refer_by_object(member):
    client = Transport()
    return client.post_member(ICE_URL, member)  # MCD101
