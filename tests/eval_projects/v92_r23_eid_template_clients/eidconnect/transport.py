"""JSON-over-HTTP mixin shared by the referral clients."""
import requests


class JsonTransportMixin:
    timeout = 30

    def _post_json(self, url, body):
        response = requests.post(url, json=body, timeout=self.timeout)
        response.raise_for_status()
        return response.json()
