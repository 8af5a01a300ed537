import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def mixed_defaults(member):
    body = {"medicaid_id": member.cin}
    def send(b=dict(body), c=body):
        requests.post(ICE_URL, json=b, timeout=30)
        return c
    body["sex"] = member.sex
    return send()
