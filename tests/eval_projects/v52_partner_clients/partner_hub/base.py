"""Base transport shared by every partner integration."""
import requests


class PartnerClient:
    """Every partner speaks JSON over HTTPS; subclasses set ``base_url``."""

    base_url = ""
    timeout = 30

    def send(self, path, payload):
        resp = requests.post(self.base_url + path, json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
