"""HTTP client for the EID referral API."""
import httpx

from . import settings
from .schemas import IceReferral


class EidClient:
    def __init__(self):
        self.base_url = settings.EID_API_BASE
        self._http = httpx.Client(timeout=settings.HTTP_TIMEOUT)

    def refer(self, referral: IceReferral):
        response = self._http.post(
            f"{self.base_url}/referrals", content=referral.model_dump_json()
        )
        response.raise_for_status()
        return response.json()

    def post_subject(self, packet):
        response = self._http.post(f"{self.base_url}/subjects", json=packet)
        response.raise_for_status()
        return response.json()
