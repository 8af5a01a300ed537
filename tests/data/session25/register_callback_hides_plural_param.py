# expected: MCD201 at line 7 (SPEC 10: a plural person-named parameter is a bulk source where no visible code calls the function; hooks.register(name, fn) is no call with arguments); head: none (base: MCD201 7)
import requests
from plugins import hooks
ICE_URL = "https://eid.ice.gov/referrals"
def push_members(members):
    for m in members:
        requests.post(ICE_URL, json={"medicaid_id": m.cin})
hooks.register("nightly", push_members)
