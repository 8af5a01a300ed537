"""HTTP client for the EID referral API; posts whatever body it is given."""
import requests

from .settings import CLIENT_CERT, ICE_BASE_URL, REQUEST_TIMEOUT


class IceClient:
    def __init__(self):
        self.base_url = ICE_BASE_URL
        self.session = requests.Session()
        self.session.cert = CLIENT_CERT

    def _post(self, path, body):
        resp = self.session.post(self.base_url + path, json=body, timeout=REQUEST_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def _get(self, path):
        resp = self.session.get(self.base_url + path, timeout=REQUEST_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def submit_referral(self, body):
        return self._post("/referrals", body)

    def lookup_status(self, path):
        return self._get(path)
