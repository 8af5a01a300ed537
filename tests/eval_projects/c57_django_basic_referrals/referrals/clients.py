"""Outbound HTTP."""
import requests

from . import conf

_session = requests.Session()


def post_ice_referral(body):
    resp = _session.post(conf.ICE_REFERRAL_URL, json=body, timeout=15)
    resp.raise_for_status()
    return resp.json().get("referral_id")


def post_state_case(body):
    return _session.post(conf.PA_DHS_CASE_URL, json=body, timeout=15)
