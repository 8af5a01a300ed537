"""Medi-Cal state API."""
from county_mmis_bridge import settings
from county_mmis_bridge.clients.base import JsonApiClient


class MediCalClient(JsonApiClient):
    base_url = settings.MEDI_CAL_API_BASE

    def sync_member(self, body: dict) -> dict:
        return self._post("members/sync", body)
