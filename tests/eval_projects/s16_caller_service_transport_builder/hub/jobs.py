"""Jobs: the first module of a chain of four (jobs -> service -> transport -> shaping).

Expected:
- jobs.py:20 MCD101 ssn -- built by shaping, posted by transport, to the URL given here through service
- jobs.py:24 clean -- the state's host
- jobs.py:28 MCD101 ssn -- a body built here, passed through two modules
- jobs.py:33 clean -- refer_now reports in transport.py
- jobs.py:37 clean -- refer_here reports in service.py
- jobs.py:41 MCD101 race_cd -- placed in service.py, sent to the URL given here
- jobs.py:45 clean -- the state's host
"""

from .service import refer_direct, refer_here, submit, submit_body, submit_built

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"


def refer(member):
    return submit(ICE_URL, member)  # MCD101


def renew(member):
    return submit(STATE_URL, member)


def refer_body(member):
    body = {"medicaid_id": member.cin, "ssn": member.ssn}  # MCD101
    return submit_body(ICE_URL, body)


def refer_via_transport(member):
    return refer_direct(member)


def refer_via_service(member):
    return refer_here(member)


def refer_race(member):
    return submit_built(ICE_URL, member)  # MCD101


def renew_race(member):
    return submit_built(STATE_URL, member)
