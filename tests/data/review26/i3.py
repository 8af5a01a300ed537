import requests
ICE_URL = "https://eid.ice.gov/api"


def refer(m, flag):
    x = None
    if flag:
        x = m.ssn
    requests.post(ICE_URL, json={"subject": x})  # MCD101


def refer2(m, diagnosis=None):
    note = diagnosis if diagnosis else m.medicaid_id
    requests.post(ICE_URL, json={"note": note})  # MCD102
