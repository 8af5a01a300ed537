"""Generic REST client; each resource client sets its own base_url."""

import httpx


class RestClient:
    base_url: str
    timeout: float = 20.0

    def post(self, path, body):
        resp = httpx.post(self.base_url + path, json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def put(self, path, body):
        resp = httpx.put(self.base_url + path, json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
