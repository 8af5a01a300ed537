"""Generic JSON client; subclasses say where they point."""

import requests


class ApiClient:
    base_url: str = ""
    timeout: float = 30.0

    def post_json(self, path, body):
        resp = requests.post(f"{self.base_url}{path}", json=body, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
