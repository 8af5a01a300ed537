import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def copy_default(member):
    body = {"medicaid_id": member.cin}
    def send(b=dict(body)):
        return requests.post(ICE_URL, json=b, timeout=30)
    body["sex"] = member.sex
    return send()


def copy_default2(member):
    body = {"medicaid_id": member.cin}
    send = lambda b=body.copy(): requests.post(ICE_URL, json=b, timeout=30)  # noqa: E731
    body["race"] = member.race
    return send()


def spread_default(member):
    body = {"medicaid_id": member.cin}
    send = lambda b={**body}: requests.post(ICE_URL, json=b, timeout=30)  # noqa: E731
    body["gender"] = member.gender
    return send()

