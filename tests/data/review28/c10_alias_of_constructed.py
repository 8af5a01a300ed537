# review 28: expected MCD101 at line 19
from dataclasses import asdict, dataclass

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


@dataclass
class Subject:
    medicaid_id: str = ""
    ssn: str = ""  # MCD101


def refer(m):
    s = Subject()
    out = s
    out.medicaid_id = m.medicaid_id
    out.ssn = m.ssn
    requests.post(ICE_URL, json=asdict(s), timeout=30)
