"""A helper that always posts to ICE: its own finding, not its callers'."""
import requests

from app.settings import ICE_REFERRAL_URL


def send_direct(m):
    requests.post(ICE_REFERRAL_URL, json={"medicaid_id": m.cin, "race": m.race}, timeout=30)  # MCD101
