"""Shared JSON-over-HTTPS transport with retries."""
import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class JsonTransport:
    """Base class for the partner API clients."""

    def __init__(self, timeout=30):
        self.timeout = timeout
        self.session = requests.Session()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def post_json(self, url, payload):
        response = self.session.post(url, json=payload, timeout=self.timeout)
        if response.status_code >= 400:
            log.warning("partner API answered %s for %s", response.status_code, url)
        response.raise_for_status()
        return response.json()

    def close(self):
        self.session.close()
