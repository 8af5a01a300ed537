# review 27: expected MCD101 at line 24 (include keeps residence.head whole, and head holds an SSN)
import requests
from pydantic import BaseModel

ICE_URL = "https://eid.ice.gov/api"


class Person(BaseModel):
    ssn: str
    medicaid_id: str


class Residence(BaseModel):
    head: Person
    zip_code: str


class Enrollee(BaseModel):
    medicaid_id: str
    residence: Residence


def refer(e: Enrollee):
    requests.post(ICE_URL, json=e.model_dump(include={"medicaid_id": True, "residence": {"head", "zip_code"}}))  # MCD101
