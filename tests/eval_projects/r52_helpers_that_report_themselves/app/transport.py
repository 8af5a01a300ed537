"""A transport whose subclass holds ICE's URL, used by a function of this module."""
import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


class Transport:
    def __init__(self, url):
        self.url = url

    def send(self, m):
        body = {"medicaid_id": m.cin, "race": m.race}  # MCD101
        requests.post(self.url, json=body, timeout=30)


class IceTransport(Transport):
    def __init__(self):
        super().__init__(ICE_URL)


def refer(m):
    IceTransport().send(m)
