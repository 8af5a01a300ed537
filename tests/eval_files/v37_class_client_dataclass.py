"""Class-based sender with a dataclass payload and an httpx client built in __init__."""
import dataclasses

import httpx

DHS_BASE = "https://enforcement.dhs.gov/api"


@dataclasses.dataclass
class Subject:
    medicaid_id: str
    ethnicity: str


class Referrer:
    def __init__(self):
        self.client = httpx.Client(base_url=DHS_BASE)

    def refer(self, member):
        subject = Subject(medicaid_id=member.cin, ethnicity=member.ethnicity)  # MCD101
        self.client.post("/subjects", json=dataclasses.asdict(subject))
