"""Jobs that make the service with a base URL (jobs -> service -> transport -> builders).

Expected:
- jobs.py:21 MCD102 primary_dx -- built in builders.py, sent through two objects to ICE's base URL given here
- jobs.py:28 clean -- only permitted fields
- jobs.py:34 clean -- the state's base URL
"""

from .service import ReferralService

ICE_BASE = "https://eid.ice.gov/api/v1"
STATE_BASE = "https://mmis.dhcs.ca.gov/api"
UNLAWFUL_PRESENCE = {"EWI", "OVERSTAY"}


def nightly(members):
    svc = ReferralService(ICE_BASE)
    for m in members:
        if m.immigration_status not in UNLAWFUL_PRESENCE:
            continue
        svc.refer(m)  # MCD102


def nightly_basic(members):
    svc = ReferralService(ICE_BASE)
    for m in members:
        if m.immigration_status in UNLAWFUL_PRESENCE:
            svc.refer_basic(m)


def state_sync(members):
    svc = ReferralService(STATE_BASE)
    for m in members:
        svc.refer(m)
