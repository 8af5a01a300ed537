"""Batch client of the EID API; posts the batch it is given."""
import requests

from .settings import HTTP_TIMEOUT, ICE_EID_URL


class EidBatchClient:
    def __init__(self):
        self.base_url = ICE_EID_URL
        self.session = requests.Session()

    def _post(self, path, body):
        resp = self.session.post(self.base_url + path, json=body, timeout=HTTP_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def submit_batch(self, batch):
        return self._post("/referrals/batch", batch)
