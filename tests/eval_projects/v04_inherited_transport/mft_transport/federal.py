"""Transport to the federal EID gateway; inherits `_post` from JsonTransport."""
from .base import JsonTransport
from .config import ICE_GATEWAY_URL


class IceTransport(JsonTransport):
    base_url = ICE_GATEWAY_URL

    def send_person(self, member):
        body = {
            "medicaid_id": member.cin,
            "phone": member.phone_number,
            "race": member.race,  # MCD101
            "preferred_language": member.preferred_language,  # MCD101
            "score": member.score,  # MCD104
        }
        return self._post("/persons", body)

    def send_address_update(self, member):
        return self._post(
            "/persons/address",
            {"medicaid_id": member.cin, "home_address": member.home_address},
        )
