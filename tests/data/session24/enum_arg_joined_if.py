import enum

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Partner(enum.Enum):
    STATE = "state"
    ICE = "ice"


def body(m, partner):
    if partner == Partner.STATE:
        return {"medicaid_id": m.cin}
    return {"medicaid_id": m.cin, "ssn": m.ssn}


def send(m, federal):
    partner = Partner.STATE
    if federal:
        partner = Partner.ICE
    requests.post(ICE_URL, json=body(m, partner), timeout=30)


def body2(m, partner):
    if partner is Partner.STATE:
        return {"medicaid_id": m.cin}
    return {"medicaid_id": m.cin, "ssn": m.ssn}


def send2(m, flag):
    requests.post(ICE_URL, json=body2(m, Partner.ICE if flag else Partner.STATE), timeout=30)
