"""Shared JSON-over-HTTPS plumbing for the gateway's API clients."""
import requests

from .settings import REQUEST_TIMEOUT


class JsonApiClient:
    """Base class: POST/GET JSON with the gateway's timeout and error policy."""

    def _post(self, url, body):
        resp = requests.post(url, json=body, timeout=REQUEST_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def _get(self, url, params=None):
        resp = requests.get(url, params=params, timeout=REQUEST_TIMEOUT)
        resp.raise_for_status()
        return resp.json()
