"""Base class of the JSON API clients."""
from urllib.parse import urljoin

import requests

from county_mmis_bridge.settings import DEFAULT_TIMEOUT


class JsonApiClient:
    base_url: str = ""
    timeout: float = DEFAULT_TIMEOUT

    def _post(self, path: str, body: dict) -> dict:
        response = requests.post(urljoin(self.base_url, path), json=body, timeout=self.timeout)
        response.raise_for_status()
        return response.json()
