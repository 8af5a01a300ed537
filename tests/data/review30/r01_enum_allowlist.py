# R01 false silence. Line 19: expected MCD101 'ssn' + MCD102 'diagnosis_code' (base: MCD104 'value', at 15);
# after: nothing. Line 24: expected MCD101 + MCD102 (base: MCD104 'value' at 24); after: nothing.
import requests
from enum import Enum

ICE_URL = "https://eid.ice.gov/api"


class ReferralField(str, Enum):
    MEDICAID_ID = "medicaid_id"
    SSN = "ssn"
    DIAGNOSIS = "diagnosis_code"


FIELDS = {f.value for f in ReferralField}


def refer(rec: dict):
    requests.post(ICE_URL, json={k: rec[k] for k in FIELDS})  # MCD101 MCD102

