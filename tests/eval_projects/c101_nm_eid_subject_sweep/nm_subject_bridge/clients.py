"""HTTP clients.  Subclasses name their service; the base class does the posting."""
import httpx

from . import settings


class JsonApiClient:
    """POSTs JSON documents to ``base_url`` + path."""

    base_url = ""

    def __init__(self) -> None:
        self._http = httpx.Client(timeout=settings.HTTP_TIMEOUT)

    def endpoint(self, path: str) -> str:
        return self.base_url + path

    def submit(self, path: str, payload) -> dict:
        resp = self._http.post(self.endpoint(path), json=payload)
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._http.close()


class EidSubjectClient(JsonApiClient):
    """EID subject intake; every route lives under /intake."""

    base_url = settings.EID_BASE_URL

    def endpoint(self, path: str) -> str:
        return f"{self.base_url}/intake{path}"


class HcaPortalClient(JsonApiClient):
    """HCA member portal."""

    base_url = settings.HCA_PORTAL_URL
