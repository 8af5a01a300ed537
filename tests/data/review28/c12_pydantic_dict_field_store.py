# review 28: expected MCD101 at line 15
import requests
from pydantic import BaseModel

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Payload(BaseModel):
    medicaid_id: str
    extras: dict = {}


def refer(m):
    p = Payload(medicaid_id=m.medicaid_id)
    p.extras["sex"] = m.sex  # MCD101
    requests.post(ICE_URL, json=p.model_dump(), timeout=30)
