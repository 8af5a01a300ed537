"""EID client; on a server error it puts a batch back into the outbox (import cycle with outbox)."""
import requests

from . import outbox
from .settings import ICE_URL, TIMEOUT_SECONDS


class EidClient:
    def __init__(self):
        self.base_url = ICE_URL
        self.session = requests.Session()

    def _post(self, path, body):
        return self.session.post(self.base_url + path, json=body, timeout=TIMEOUT_SECONDS)

    def submit(self, payload):
        resp = self._post("/subjects", payload)
        resp.raise_for_status()
        return resp.json()

    def submit_batch(self, items):
        resp = self._post("/subjects/batch", items)
        if resp.status_code >= 500:
            outbox.requeue(items)
            return False
        resp.raise_for_status()
        return True
