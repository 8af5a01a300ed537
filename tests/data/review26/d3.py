import requests
ICE_URL = "https://eid.ice.gov/api"


def refer(m):
    res = {}
    res["resourceType"] = "Condition"  # MCD102
    res["code"] = {"text": m.diagnosis_code}
    res["subject"] = {"reference": f"Patient/{m.medicaid_id}"}
    requests.post(ICE_URL, json=res)


def refer2(m, kind):
    res = {}
    res["resourceType"] = "Condition"  # MCD102
    if kind == "p":
        res["resourceType"] = "Patient"
    res["id"] = m.medicaid_id
    requests.post(ICE_URL, json=res)


def refer3(m):
    res = {"resourceType": "Observation"}
    res["resourceType"] = "Patient"
    res["id"] = m.medicaid_id
    requests.post(ICE_URL, json=res)


def refer4(m):
    res = {"id": m.medicaid_id}
    res["resourceType"] = "Condition"
    res["resourceType"] = "Patient"
    requests.post(ICE_URL, json=res)
