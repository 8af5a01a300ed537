"""An API client class for an ICE endpoint, with a pydantic payload model (violating: SSN, household)."""

import requests
from pydantic import BaseModel

ICE_BASE = "https://eid.ice.gov/api/v2"


class SubjectPayload(BaseModel):
    medicaid_id: str
    date_of_birth: str
    home_address: str
    ssn: str
    household_size: int


class IceClient:
    def __init__(self, base_url: str = ICE_BASE) -> None:
        self.base_url = base_url
        self.session = requests.Session()

    def submit(self, payload: SubjectPayload) -> int:
        response = self.session.post(f"{self.base_url}/subjects", json=payload.model_dump())
        return response.status_code
