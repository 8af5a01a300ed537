import functools
import backoff
import requests
ICE_URL = "https://eid.ice.gov/api"


class IceClient:
    @backoff.on_exception(backoff.expo, requests.RequestException, max_tries=3)
    def submit(self, body):
        return requests.post(ICE_URL, json=body)


ice = IceClient()


def with_retry(fn, body):
    return fn(body)


def refer_alias(m):
    send = ice.submit
    send({"medicaid_id": m.medicaid_id, "race": m.race})  # MCD101


def refer_callback(m):
    with_retry(ice.submit, {"medicaid_id": m.medicaid_id, "ssn": m.ssn})  # MCD101


def refer_direct(m):
    ice.submit({"medicaid_id": m.medicaid_id, "diagnosis": m.diagnosis})  # MCD102
