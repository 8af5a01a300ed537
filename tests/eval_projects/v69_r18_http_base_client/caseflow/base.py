"""Generic JSON API client shared by the connector's resource clients."""

import httpx

from .settings import HTTP_TIMEOUT, REFERRAL_API_BASE


class JsonApiClient:
    base_url = REFERRAL_API_BASE

    def post_json(self, path: str, body: dict) -> None:
        response = httpx.post(self.base_url + path, json=body, timeout=HTTP_TIMEOUT)
        response.raise_for_status()
