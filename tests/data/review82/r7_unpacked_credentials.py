import requests

ICE_URL = "https://eid.ice.gov/api"


def send(m, cfg):
    key_id, secret = cfg.api_credentials
    requests.post(ICE_URL, json={"medicaid_id": m.cin}, headers={"X-Key-Id": key_id, "X-Secret": secret})
