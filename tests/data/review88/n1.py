import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def refer(enrollees, wanted):
    e = next((e for e in enrollees if e["medicaid_id"] == wanted), None)
    requests.post(ICE_URL, json={"medicaid_id": e["medicaid_id"]})


def refer2(enrollees, wanted):
    e = next((e for e in enrollees if e["medicaid_id"] == wanted and e["active"]), None)
    requests.post(ICE_URL, json={"medicaid_id": e["medicaid_id"]})
