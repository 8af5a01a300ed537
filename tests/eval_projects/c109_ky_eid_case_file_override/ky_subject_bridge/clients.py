"""Base partner client: subclasses set ``base_url`` and ``path`` and may
override ``serialize`` to shape what leaves."""
import requests

from .settings import settings


class PartnerClient:
    base_url = ""
    path = "/subjects"

    def __init__(self) -> None:
        self._session = requests.Session()

    def serialize(self, subject) -> dict:
        return subject.model_dump(mode="json")

    def send(self, subject) -> dict:
        resp = self._session.post(
            f"{self.base_url}{self.path}",
            json=self.serialize(subject),
            timeout=settings.http_timeout,
        )
        resp.raise_for_status()
        return resp.json()
