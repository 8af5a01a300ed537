import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def mask_bytes(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}
    body = {k: ("***" if k == b"ssn" else v) for k, v in rec.items()}
    requests.post(ICE_URL, json=body, timeout=30)
