"""Template-method base for referral clients: subclasses build, the base sends."""
from .transport import JsonTransportMixin


class ReferralClientBase(JsonTransportMixin):
    endpoint = ""

    def build_body(self, member):
        raise NotImplementedError

    def submit(self, member):
        body = self.build_body(member)
        return self._post_json(self.endpoint, body)
