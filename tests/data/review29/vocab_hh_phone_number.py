# review 29: expected clean
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(case):
    payload = {
        "medicaid_id": case.cin,
        "hh_phone_number": case.hh_phone_number,
        "household_address_line1": case.household_address_line1,
    }
    requests.post(ICE_URL, json=payload)
