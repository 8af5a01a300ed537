"""Thin HTTP client for the ICE Enforcement Integrated Database referral API."""
import requests

from .settings import AGENCY_CODE, BATCH_ENDPOINT, ICE_EID_BASE, REFERRAL_ENDPOINT, REQUEST_TIMEOUT


class EidClient:
    def __init__(self):
        self.base = ICE_EID_BASE
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "eidref/1.4"

    def submit(self, body, batch_id):
        resp = self.session.post(
            REFERRAL_ENDPOINT,
            json=body,
            headers={"X-Batch-Id": batch_id},
            timeout=REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
        return resp.json()

    def lookup_status(self, msis_ident_num):
        resp = self.session.get(f"{self.base}/subjects/{msis_ident_num}/status", timeout=REQUEST_TIMEOUT)
        resp.raise_for_status()
        return resp.json()

    def close_batch(self, batch_id, record_count):
        resp = self.session.post(
            BATCH_ENDPOINT,
            json={
                "batch_id": batch_id,
                "record_count": record_count,
                "agency_code": AGENCY_CODE,
            },
            timeout=REQUEST_TIMEOUT,
        )
        resp.raise_for_status()
