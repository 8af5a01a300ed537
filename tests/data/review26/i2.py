import requests
ICE_URL = "https://eid.ice.gov/api"


def refer(m, ssn=None):
    requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id, "subject": ssn or "UNKNOWN"})  # MCD101
