"""HTTP client that posts a body to a given URL.

Scenario:
    Shared transport with retries on connect errors. It posts what it is
    given; a client that posts its parameter is clean by itself (SPEC
    section 3).

Expected findings:
    none
"""
import httpx


class JsonPoster:
    def __init__(self, timeout: float = 30.0) -> None:
        self._client = httpx.Client(timeout=timeout, transport=httpx.HTTPTransport(retries=3))

    def post(self, url: str, body: dict) -> dict:
        resp = self._client.post(url, json=body)
        resp.raise_for_status()
        return resp.json()
