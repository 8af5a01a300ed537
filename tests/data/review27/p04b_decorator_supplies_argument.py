# review 27: expected MCD101 at line 26 (the decorator calls deliver with to_ice=True)
import functools

import requests

ICE_URL = "https://eid.ice.gov/api"
STATE_URL = "https://mmis.dhcs.ca.gov/api"


def ice_mode(fn):
    @functools.wraps(fn)
    def wrapper(payload):
        return fn(payload, to_ice=True)
    return wrapper


@ice_mode
def deliver(payload, to_ice=False):
    if to_ice:
        requests.post(ICE_URL, json=payload)
    else:
        requests.post(STATE_URL, json=payload)


def run(m):
    deliver({"medicaid_id": m.medicaid_id, "gender": m.gender})  # MCD101
