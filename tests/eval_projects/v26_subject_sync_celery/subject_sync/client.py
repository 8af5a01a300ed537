"""HTTP client for the subject-intake API."""
import uuid

import httpx

from .settings import AGENCY_CODE, ENFORCEMENT_SUBJECT_API, HTTP_TIMEOUT


class SubjectIntakeClient:
    def __init__(self, timeout: float = HTTP_TIMEOUT):
        self._http = httpx.Client(timeout=timeout, headers={"X-Agency": AGENCY_CODE})

    def push_subject(self, subject: dict) -> None:
        resp = self._http.post(ENFORCEMENT_SUBJECT_API, json=subject)
        resp.raise_for_status()

    def push_batch(self, batch: list) -> None:
        resp = self._http.post(
            ENFORCEMENT_SUBJECT_API + "/batch",
            json={"batch_id": str(uuid.uuid4()), "items": batch},
        )
        resp.raise_for_status()
