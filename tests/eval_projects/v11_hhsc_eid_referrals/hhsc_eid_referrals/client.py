"""HTTP client for the EID referral intake."""
import requests
from django.conf import settings

_session = requests.Session()
_session.cert = (settings.EID_CLIENT_CERT, settings.EID_CLIENT_KEY)


def post_referral(referral):
    resp = _session.post(settings.ICE_EID_REFERRAL_URL, json=referral, timeout=30)
    resp.raise_for_status()
    return resp.json().get("referral_id")
