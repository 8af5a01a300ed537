"""Template-method base class shared by every partner exchange.

Subclasses set ``endpoint`` and implement ``build_body``; ``transmit`` posts
what they build to their own endpoint.
"""
import requests

from .settings import HTTP_TIMEOUT


class PartnerExchange:
    endpoint = ""
    timeout = HTTP_TIMEOUT

    def __init__(self):
        self.http = requests.Session()

    def build_body(self, member):
        raise NotImplementedError

    def transmit(self, member):
        body = self.build_body(member)
        response = self.http.post(self.endpoint, json=body, timeout=self.timeout)
        response.raise_for_status()
        return response.json()
