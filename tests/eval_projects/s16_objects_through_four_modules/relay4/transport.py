"""An HTTP transport that holds a builder and the base URL it is given.

Expected: clean -- the base URL comes from whoever makes the transport.
"""

import httpx

from .builders import MemberBuilder


class Transport:
    def __init__(self, base_url):
        self.base_url = base_url
        self.builder = MemberBuilder()
        self.client = httpx.Client(timeout=30)

    def send_subject(self, member):
        return self.client.post(self.base_url + "/subjects", json=self.builder.subject(member))

    def send_basic(self, member):
        return self.client.post(self.base_url + "/subjects", json=self.builder.basic(member))
