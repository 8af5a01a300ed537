# review 28: expected MCD101 at line 19
from dataclasses import asdict, dataclass

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
COPIED = ("medicaid_id", "ssn")


@dataclass
class Subject:
    medicaid_id: str = ""
    ssn: str = ""


def refer(m):
    s = Subject()
    for name in COPIED:
        setattr(s, name, getattr(m, name))  # MCD101
    requests.post(ICE_URL, json=asdict(s), timeout=30)
