"""Client of the EID API; posts whatever body it is given."""
import requests

from ..common.settings import ICE_API, TIMEOUT


class IceClient:
    def __init__(self):
        self.base_url = ICE_API
        self.session = requests.Session()

    def _post(self, path, body):
        resp = self.session.post(self.base_url + path, json=body, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def send_referral(self, body):
        return self._post("/referrals", body)
