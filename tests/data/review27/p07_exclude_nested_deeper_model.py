# review 27: expected clean (exclude drops residence.head, and with it the SSN; only ids and a ZIP code are sent)
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
    requests.post(ICE_URL, json=e.model_dump(exclude={"residence": {"head"}}))
