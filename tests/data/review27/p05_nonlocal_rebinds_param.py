# review 27: expected MCD101 at line 25 (the fallback sets via_gateway=False through nonlocal, so the payload goes to ICE directly)
import requests

ICE_URL = "https://eid.ice.gov/api"
GATEWAY_URL = "https://gateway.dhcs.ca.gov/api"


def submit(payload, via_gateway=True):
    def fall_back(exc):
        nonlocal via_gateway
        via_gateway = False

    try:
        resp = requests.post(GATEWAY_URL, json={"ping": 1}, timeout=5)
        resp.raise_for_status()
    except requests.RequestException as exc:
        fall_back(exc)
    if via_gateway:
        requests.post(GATEWAY_URL, json=payload)
    else:
        requests.post(ICE_URL, json=payload)


def run(m):
    submit({"medicaid_id": m.medicaid_id, "race": m.race})  # MCD101
