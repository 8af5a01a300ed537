"""Posts one referral batch."""
import httpx

from . import settings


def submit_batch(batch):
    resp = httpx.post(settings.REFERRAL_ENDPOINT, json=batch, timeout=120.0)
    resp.raise_for_status()
    return resp.json()
