# review 28: expected MCD101 at line 10
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_household(app):
    for p in app.household.persons:
        requests.post(ICE_URL, json={
            "medicaid_id": app.medicaid_id, "phone": p.phone,  # MCD101
        }, timeout=30)
