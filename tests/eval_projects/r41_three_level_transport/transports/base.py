import requests


class Transport:
    BASE_URL = ""

    def send(self, payload):
        return requests.post(self.BASE_URL, json=self.prepare(payload))

    def prepare(self, payload):
        return payload
