"""Transport to the state MFT inbound API; inherits `_post` from JsonTransport."""
from .base import JsonTransport
from .config import STATE_MFT_URL


class StateTransport(JsonTransport):
    base_url = STATE_MFT_URL

    def send_person(self, member):
        return self._post("/members", vars(member))
