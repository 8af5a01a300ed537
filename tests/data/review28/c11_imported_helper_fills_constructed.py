# review 28: expected MCD101 at line 13
from dataclasses import asdict, dataclass

import requests
from mmis.mapping import populate

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


@dataclass
class Subject:
    medicaid_id: str = ""
    ssn: str = ""  # MCD101


def refer(m):
    s = Subject()
    populate(s, m)
    requests.post(ICE_URL, json=asdict(s), timeout=30)
