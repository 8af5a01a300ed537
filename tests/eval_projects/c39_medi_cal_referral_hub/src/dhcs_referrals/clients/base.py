"""Shared JSON-over-HTTPS client."""
from urllib.parse import urljoin

import httpx

from ..settings import HTTP_TIMEOUT


class ApiClient:
    base_url: str = ""

    def __init__(self, timeout: float = HTTP_TIMEOUT) -> None:
        self.timeout = timeout

    def post_json(self, path: str, body: dict) -> dict:
        response = httpx.post(urljoin(self.base_url, path), json=body, timeout=self.timeout)
        response.raise_for_status()
        return response.json()
