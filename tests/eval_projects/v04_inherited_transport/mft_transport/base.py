"""Base JSON transport: a session and a `_post` helper shared by every destination."""
import requests


class JsonTransport:
    base_url = ""
    timeout = 30

    def __init__(self):
        self.session = requests.Session()

    def _post(self, path, body):
        resp = self.session.post(self.base_url + path, json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp
