import requests

ICE_URL = "https://eid.ice.gov/api"


class Envelope:
    def __init__(self, member):
        self.data = {"medicaid_id": member.medicaid_id}


def refer(member, audit, flag):
    d = {"medicaid_id": member.medicaid_id}
    env = Envelope(member)
    if flag:
        d = env.data
        audit.log(d)
    else:
        d["sex"] = member.sex
        audit.log(d)
        requests.post(ICE_URL, json=env.data)
