"""Medi-Cal eligibility sync endpoint (state)."""
from ..settings import ENDPOINTS
from .base import ApiClient


class MediCalSyncClient(ApiClient):
    base_url = ENDPOINTS["medi_cal"]

    def sync(self, body: dict) -> dict:
        return self.post_json("enrollees/sync", body)
