"""SAVE API client."""
import httpx

from . import settings


class DhsSaveClient:
    """SAVE, operated by USCIS (part of DHS)."""

    def initiate(self, case: dict) -> dict:
        try:
            resp = httpx.post(settings.USCIS_SAVE_URL, json=case, timeout=20.0)
        except httpx.ConnectError:
            resp = httpx.post(settings.SAVE_FALLBACK_URL, json=case, timeout=20.0)
        resp.raise_for_status()
        return resp.json()
