"""Client for the Illinois DHS Integrated Eligibility System API."""
import httpx

from ..config import DHS_ELIGIBILITY_URL, TIMEOUT_SECONDS


class DhsEligibilityClient:
    def __init__(self):
        self._http = httpx.Client(base_url=DHS_ELIGIBILITY_URL, timeout=TIMEOUT_SECONDS)

    def push_case(self, payload):
        resp = self._http.post("/cases", json=payload)
        resp.raise_for_status()
        return resp.json()

    def close(self):
        self._http.close()
