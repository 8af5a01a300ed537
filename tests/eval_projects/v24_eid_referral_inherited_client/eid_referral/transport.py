"""Shared HTTP plumbing for our outbound integrations."""
import logging

import requests

log = logging.getLogger(__name__)


class JsonTransport:
    """Base class: one requests session bound to one base URL.

    Subclasses set ``base_url`` (and optionally ``timeout``) as class
    attributes.
    """

    base_url = ""
    timeout = 30

    def __init__(self):
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"

    def post_json(self, path, payload):
        url = self.base_url + path
        log.info("POST %s", url)
        resp = self.session.post(url, json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
