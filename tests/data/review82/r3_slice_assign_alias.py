import requests

ICE_URL = "https://eid.ice.gov/api"


def refill_shared_batch(m):
    batch = []
    payload = {"subjects": batch}
    batch[:] = [{"medicaid_id": m.cin, "ssn": m.ssn}]  # MCD101
    requests.post(ICE_URL, json=payload)


def refill_nested(m):
    batch = []
    envelope = [batch]
    batch[:] = [{"medicaid_id": m.cin, "ssn": m.ssn}]  # MCD101 (a list put into another list literal, then refilled with [:]: found since the forty-first session)
    requests.post(ICE_URL, json=envelope)
