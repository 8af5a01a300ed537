import boto3
import httpx

from .settings import AGENCY_CODE, ERO_HANDOFF_BUCKET, ICE_EID_URL, SCHEMA_VERSION


class EidSubjectClient:
    def __init__(self):
        self._http = httpx.Client(timeout=20.0, headers={"X-Agency-Code": AGENCY_CODE})

    def send_subject(self, subject: dict) -> dict:
        resp = self._http.post(ICE_EID_URL, json=subject)
        resp.raise_for_status()
        return resp.json()

    def send_batch(self, batch_id: str, batch: list) -> None:
        envelope = {
            "batch_id": batch_id,
            "schema_version": SCHEMA_VERSION,
            "record_count": len(batch),
            "items": batch,
        }
        self._http.post(ICE_EID_URL + "/batch", json=envelope).raise_for_status()


def upload_handoff(path: str, key: str) -> None:
    boto3.client("s3").upload_file(path, ERO_HANDOFF_BUCKET, key)
