import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def send(m):
    body = {"cin": m.cin}
    post = lambda b=body: requests.post(ICE_URL, json=b)
    body = {"ssn": m.ssn}
    post()
    return body
