"""Address-update API client."""
import requests

from .settings import ERO_API_BASE


class AddressUpdateClient:
    def __init__(self) -> None:
        self.base_url = ERO_API_BASE

    def post_update(self, update: dict) -> None:
        response = requests.post(f"{self.base_url}/address-updates", json=update, timeout=15)
        response.raise_for_status()
