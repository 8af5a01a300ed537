# review 28: expected MCD101 at line 10
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(app):
    requests.post(ICE_URL, json={
        "medicaid_id": app.medicaid_id,
        "phone": app.household_tax_filer_phone,  # MCD101
    }, timeout=30)
