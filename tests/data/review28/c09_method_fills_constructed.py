# review 28: expected MCD101 at line 16
from dataclasses import asdict, dataclass

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


@dataclass
class Subject:
    medicaid_id: str = ""
    ssn: str = ""  # MCD101

    def load(self, m):
        self.medicaid_id = m.medicaid_id
        self.ssn = m.ssn
        return self


def refer(m):
    s = Subject()
    s.load(m)
    requests.post(ICE_URL, json=asdict(s), timeout=30)
