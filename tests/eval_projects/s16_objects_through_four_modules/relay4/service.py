"""A service object over the transport.

Expected: clean -- the base URL comes from the jobs.
"""

from .transport import Transport


class ReferralService:
    def __init__(self, base_url):
        self.transport = Transport(base_url)

    def refer(self, member):
        return self.transport.send_subject(member)

    def refer_basic(self, member):
        return self.transport.send_basic(member)
