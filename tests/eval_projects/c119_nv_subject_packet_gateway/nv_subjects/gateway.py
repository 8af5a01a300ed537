"""Transport to the EID gateway.

Scenario:
    Posts a ready-made JSON body to the EID gateway. A client that posts
    its parameter to an enforcement URL is clean by itself (SPEC section 3).

Expected findings:
    none
"""
import requests

from . import config


class SubjectGateway:
    def __init__(self) -> None:
        self.base_url = config.EID_BASE_URL
        self._session = requests.Session()

    def submit(self, body: dict) -> str:
        resp = self._session.post(f"{self.base_url}/subjects", json=body, timeout=config.EID_TIMEOUT)
        resp.raise_for_status()
        return resp.json()["subjectId"]
