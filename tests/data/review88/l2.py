import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def send(m):
    body = {"ssn": m.ssn}  # MCD101
    post = lambda b=body: requests.post(ICE_URL, json=b)
    body = {"cin": m.cin}
    post()
