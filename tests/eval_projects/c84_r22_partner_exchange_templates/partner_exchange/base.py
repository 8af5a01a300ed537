"""Template for partner exporters, and the allow-list mixin."""
from . import policy


class AllowListMixin:
    def restrict(self, record):
        return policy.restrict(record)


class PartnerExporter:
    """Subclasses set ``endpoint`` and implement the ``payload`` hook."""

    endpoint = None
    timeout = 30

    def __init__(self, session):
        self.session = session

    def payload(self, member):
        raise NotImplementedError

    def export(self, member):
        body = self.payload(member)
        response = self.session.post(self.endpoint, json=body, timeout=self.timeout)
        response.raise_for_status()
        return response.status_code
