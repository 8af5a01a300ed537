# Expected: no finding (the decorated build_ice_referral is rebound by the plain def below and is
# unreachable: not a registration; SPEC section 6 "names resolve by scope", the last binding wins).
# Got (head): MCD101 'ssn' at line 15 (base: clean). Cause: index.py _collect appends any earlier
# *decorated* function to index.shadowed, even when the later def is undecorated (the class-level rule
# asks both to be decorated).
import functools

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


@functools.lru_cache
def build_ice_referral(m):
    return {"cin": m.cin, "ssn": m.ssn}


def build_ice_referral(m):  # fixed: no SSN
    return {"cin": m.cin}


def send(m):
    requests.post(ICE_URL, json=build_ice_referral(m))
