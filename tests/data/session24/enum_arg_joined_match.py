import enum

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Partner(enum.Enum):
    STATE = "state"
    ICE = "ice"


def body(m, partner):
    match partner:
        case Partner.STATE:
            return {"medicaid_id": m.cin}
        case Partner.ICE:
            return {"medicaid_id": m.cin, "ssn": m.ssn}


def send(m, flag):
    requests.post(ICE_URL, json=body(m, Partner.ICE if flag else Partner.STATE), timeout=30)
