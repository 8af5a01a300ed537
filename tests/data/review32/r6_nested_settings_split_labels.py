# R6 false alarm (evaluate.py _constant_item: labels {path[0], *path[1]}, each key a separate label).
# Line 17: expected nothing (child-support enforcement, vendor host; SPEC 4 qualifier rule);
#   after: MCD101 'ssn' sent to enforcement endpoint https://cse-gw.acme-relay.com/api/cases; base: nothing.
# Line 18: expected nothing (tax enforcement); after: MCD101; base: nothing.
# Line 19: expected nothing ("dhs" next to the state "mn": a state agency, SPEC 4); after: MCD101; base: nothing.
# The keys are one name path (child_support -> enforcement_url) but are judged word by word apart.
import requests

ENDPOINTS = {
    "child_support": {"enforcement_url": "https://cse-gw.acme-relay.com/api/cases"},
    "tax": {"enforcement": "https://tax-gw.acme-relay.com/api/liens"},
    "mn": {"dhs": "https://mft.acme-relay.com/inbound/mn"},
}


def send(m):
    requests.post(ENDPOINTS["child_support"]["enforcement_url"], json={"ssn": m.ssn}, timeout=10)
    requests.post(ENDPOINTS["tax"]["enforcement"], json={"ssn": m.ssn}, timeout=10)
    requests.post(ENDPOINTS["mn"]["dhs"], json={"ssn": m.ssn}, timeout=10)
