import enum

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Partner(enum.Enum):
    STATE = "state"
    ICE = "ice"


def body_plain(m, partner):
    match partner:
        case "ice":
            return {"medicaid_id": m.cin}
        case _:
            return {"medicaid_id": m.cin, "ssn": m.ssn}


def send_plain(m):
    requests.post(ICE_URL, json=body_plain(m, Partner.ICE), timeout=30)
