# review 28: expected MCD101 at line 14
import requests
from pydantic import BaseModel

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Payload(BaseModel):
    medicaid_id: str
    extras: dict = {}


def refer(p: Payload, m):
    p.extras["ssn"] = m.ssn  # MCD101
    requests.post(ICE_URL, json=p.model_dump(), timeout=30)
