import requests
from pydantic import BaseModel

ICE_URL = "https://eid.ice.gov/api"


class IceReferral(BaseModel):
    medicaid_id: str
    ssn: str  # MCD101
    notes: str  # MCD104
    dob: str


def refer(m):
    ref = IceReferral(
        medicaid_id=m.cin,
        ssn=m.ssn_last4_masked_id,
        notes=m.diagnosis_text,
        dob=m.birth_date,
    )
    requests.post(ICE_URL, json=ref.model_dump())


def refer_ids(m):
    ref = IceReferral(
        medicaid_id=m.cin,
        ssn=m.tax_id,
        notes=m.primary_language,
        dob=m.date_of_birth,
    )
    requests.post(ICE_URL, json=ref.model_dump())
