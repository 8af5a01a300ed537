import requests

ICE_URL = "https://eid.ice.gov/api"


class Envelope:
    def __init__(self, member):
        self.data = {"medicaid_id": member.medicaid_id}


class Sender:
    def __init__(self, body):
        self.body = body

    def flush(self):
        requests.post(ICE_URL, json=self.body)


def for_target(member, extras, audit):
    env = Envelope(member)
    d = env.data
    for d in extras:
        d["sex"] = member.sex
        audit.log(d)
    requests.post(ICE_URL, json=env.data)


def tuple_target(member, audit):
    env = Envelope(member)
    d = env.data
    d, e = {}, {}
    d["sex"] = member.sex
    audit.log(d)
    requests.post(ICE_URL, json=env.data)


def annotated(member, audit):
    env = Envelope(member)
    d = env.data
    d: dict = {}
    d["sex"] = member.sex
    audit.log(d)
    requests.post(ICE_URL, json=env.data)


def walrus(member, audit):
    env = Envelope(member)
    d = env.data
    if (d := {}) is not None:
        d["sex"] = member.sex
        audit.log(d)
    requests.post(ICE_URL, json=env.data)


def with_target(member, audit, ctx):
    env = Envelope(member)
    d = env.data
    with ctx() as d:
        d["sex"] = member.sex
        audit.log(d)
    requests.post(ICE_URL, json=env.data)


def body_for(member, rows, audit):
    body = {"medicaid_id": member.medicaid_id}
    sender = Sender(body)
    for body in rows:
        body["ssn"] = member.ssn
        audit.log(body)
    sender.flush()


def body_tuple(member, audit):
    body = {"medicaid_id": member.medicaid_id}
    sender = Sender(body)
    body, other = {}, {}
    body["ssn"] = member.ssn
    audit.log(body)
    sender.flush()


def body_annot(member, audit):
    body = {"medicaid_id": member.medicaid_id}
    sender = Sender(body)
    body: dict = {}
    body["ssn"] = member.ssn
    audit.log(body)
    sender.flush()
