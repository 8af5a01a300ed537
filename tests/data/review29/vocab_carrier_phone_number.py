# review 29: expected MCD101 at line 9
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(member):
    payload = {
        "carrier_phone_number": member.carrier_phone_number,  # MCD101
        "medicaid_id": member.cin,
    }
    requests.post(ICE_URL, json=payload)
