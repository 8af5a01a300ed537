"""urllib3 sender that transmits only the six permitted categories to ICE."""
import json

import urllib3

ICE_URL = "https://eid.ice.gov/api/v1/subjects"
pool = urllib3.PoolManager()


def send(subject):
    body = {
        "medicaid_id": subject.medicaid_id,
        "citizenship": subject.citizenship,
        "immigration_status": subject.immigration_status,
        "mailing_address": subject.mailing_address,
        "phone_number": subject.phone_number,
        "date_of_birth": subject.date_of_birth,
    }
    pool.request("POST", ICE_URL, body=json.dumps(body))
