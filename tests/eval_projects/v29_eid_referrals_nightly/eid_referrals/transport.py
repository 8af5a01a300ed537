"""HTTP transports. The base class owns the session and the retry loop."""
from __future__ import annotations

import logging
import time
from typing import Any

import requests

from eid_referrals.settings import HTTP, ICE_REFERRAL_URL, HttpSettings

log = logging.getLogger(__name__)


class BaseTransport:
    url: str = ""

    def __init__(self, session: requests.Session | None = None, settings: HttpSettings = HTTP) -> None:
        self._session = session or requests.Session()
        self._settings = settings

    def _post(self, url: str, payload: dict[str, Any]) -> requests.Response:
        last_exc: Exception | None = None
        for attempt in range(1, self._settings.max_attempts + 1):
            try:
                resp = self._session.post(
                    url,
                    json=payload,
                    timeout=(self._settings.connect_timeout, self._settings.read_timeout),
                )
                resp.raise_for_status()
                return resp
            except (requests.ConnectionError, requests.Timeout) as exc:
                last_exc = exc
                log.warning("POST attempt %d to %s failed: %s", attempt, url, exc)
                time.sleep(self._settings.backoff_seconds * attempt)
        raise RuntimeError(f"giving up after {self._settings.max_attempts} attempts") from last_exc


class IceEidTransport(BaseTransport):
    url = ICE_REFERRAL_URL

    def send(self, packet: dict[str, Any]) -> requests.Response:
        return self._post(self.url, packet)
