import functools
import requests

ICE_URL = "https://eid.ice.gov/api"


class Sender:
    def __init__(self, body):
        self.body = body

    def flush(self):
        requests.post(ICE_URL, json=self.body)


def partial_branch_rebind(member, flag):
    body = {"medicaid_id": member.medicaid_id}
    send = functools.partial(requests.post, ICE_URL, json=body)
    if flag:
        body = {}
    body["income"] = member.income  # MCD101 (when flag is false, body is still the bound dict)
    send()


def sender_branch_rebind(member, flag):
    body = {"medicaid_id": member.medicaid_id}
    sender = Sender(body)
    if flag:
        body = {}
    body["income"] = member.income  # MCD101
    sender.flush()


def alias_made_in_one_branch(member, flag):
    body = {"medicaid_id": member.medicaid_id}
    if flag:
        sender = Sender(body)
    else:
        sender = Sender({"medicaid_id": member.medicaid_id})
    body["income"] = member.income  # MCD101 (when flag is true)
    sender.flush()
