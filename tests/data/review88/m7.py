from dataclasses import dataclass, field

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


@dataclass
class Enrollee:
    cin: str
    note: str = field(init=False, default="")
    ssn: str = ""


@dataclass
class Kw:
    cin: str
    _: KW_ONLY
    ssn: str = ""


def send(e):
    match e:
        case Enrollee(ident, social):
            requests.post(ICE_URL, json={"id": ident, "x": social})  # MCD101
