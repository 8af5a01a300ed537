"""HTTP clients built on one base class; subclasses pick the host and settings."""
from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin

import httpx

from mn_dhs_exchange.settings import DHS_SAVE_URL, MN_DHS_BASE_URL, SETTINGS

log = logging.getLogger(__name__)


class BaseApiClient:
    base_url = ""
    settings_key = ""

    def __init__(self, http: httpx.Client | None = None) -> None:
        cfg = SETTINGS[self.settings_key]
        self._retries = cfg["retries"]
        self._http = http or httpx.Client(timeout=cfg["timeout"])

    def post_json(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        url = urljoin(self.base_url, path)
        for attempt in range(self._retries + 1):
            try:
                resp = self._http.post(url, json=body)
                resp.raise_for_status()
                return resp.json()
            except httpx.TransportError:
                log.warning("attempt %d to %s failed", attempt, url)
        raise RuntimeError(f"{url} unreachable")

    def close(self) -> None:
        self._http.close()


class MnDhsClient(BaseApiClient):
    base_url = MN_DHS_BASE_URL
    settings_key = "dhs"


class SaveClient(BaseApiClient):
    base_url = DHS_SAVE_URL
    settings_key = "save"
