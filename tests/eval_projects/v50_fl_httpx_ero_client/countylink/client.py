"""HTTP client of the federal referral API."""
import httpx

from countylink.settings import ERO_API_BASE, ERO_TIMEOUT


class EroReferralClient:
    def __init__(self):
        self._http = httpx.Client(base_url=ERO_API_BASE, timeout=ERO_TIMEOUT)

    def create_referral(self, body: dict) -> dict:
        resp = self._http.post("/referrals", json=body)
        resp.raise_for_status()
        return resp.json()

    def get_path(self, path: str) -> dict:
        resp = self._http.get(path)
        resp.raise_for_status()
        return resp.json()
