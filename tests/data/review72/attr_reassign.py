import requests

ICE_URL = "https://eid.ice.gov/api"


class Envelope:
    def __init__(self, member):
        self.data = {"medicaid_id": member.medicaid_id}


class Builder:
    def __init__(self, member):
        self.payload = {"medicaid_id": member.medicaid_id}

    def build(self):
        return self.payload


class Sender:
    def __init__(self, body):
        self.body = body

    def flush(self):
        requests.post(ICE_URL, json=self.body)


def env_reassigned(member):
    env = Envelope(member)
    d = env.data
    env.data = {"medicaid_id": member.medicaid_id}
    d["sex"] = member.sex
    requests.post(ICE_URL, json=env.data)


def build_reassigned(member):
    b = Builder(member)
    packet = b.build()
    b.payload = {"medicaid_id": member.medicaid_id}
    packet["ssn"] = member.ssn
    requests.post(ICE_URL, json=b.payload)


def sender_reassigned(member):
    body = {"medicaid_id": member.medicaid_id}
    sender = Sender(body)
    sender.body = {"medicaid_id": member.medicaid_id}
    body["ssn"] = member.ssn
    sender.flush()


def sender_reassigned_copy(member):
    body = {"medicaid_id": member.medicaid_id}
    sender = Sender(body)
    sender.body = dict(body)
    body["ssn"] = member.ssn
    sender.flush()
