import requests

ICE_URL = "https://eid.ice.gov/api"
ALLOWED = ("medicaid_id", "citizenship", "immigration_status", "address", "phone", "date_of_birth")


class CopyFirst:
    def __init__(self, body):
        body = dict(body)
        self.body = body

    def flush(self):
        requests.post(ICE_URL, json=self.body)


class Overwritten:
    def __init__(self, body):
        self.body = body
        self.body = {k: v for k, v in body.items() if k in ALLOWED}

    def flush(self):
        requests.post(ICE_URL, json=self.body)


class Snapshot:
    def __init__(self, body):
        self.body = body
        self.body = body.copy()

    def flush(self):
        requests.post(ICE_URL, json=self.body)


def refer_copy_first(member):
    body = {"medicaid_id": member.medicaid_id}
    sender = CopyFirst(body)
    body["ssn"] = member.ssn
    sender.flush()


def refer_overwritten(member):
    body = {"medicaid_id": member.medicaid_id}
    sender = Overwritten(body)
    body["ssn"] = member.ssn
    sender.flush()


def refer_snapshot(member):
    body = {"medicaid_id": member.medicaid_id}
    sender = Snapshot(body)
    body["ssn"] = member.ssn
    sender.flush()
