"""HTTP client of the CBP match API.

Expected findings: none: a client class that posts its parameter to an
enforcement URL is clean by itself (SPEC section 3).
"""
import logging
import uuid

import requests

from . import settings

log = logging.getLogger("nm_cbp_match.transport")


class MatchClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.CBP_MATCH_TOKEN}"

    def submit(self, packet: dict) -> str:
        request_id = str(uuid.uuid4())
        resp = self.session.post(
            settings.CBP_MATCH_URL,
            json={"request_id": request_id, "subject": packet},
            timeout=settings.REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json().get("match_status", "UNKNOWN")
