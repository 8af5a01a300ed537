"""Outbound HTTP for both jobs."""
import requests

from . import settings

_dhs_session = requests.Session()


def push_enrollee(record):
    url = f"{settings.DHS_MMIS_URL}/{record['msis_ident_num']}"
    resp = _dhs_session.put(url, json=record, timeout=settings.HTTP_TIMEOUT)
    resp.raise_for_status()


def refer_to_ice(referral):
    resp = requests.post(settings.ICE_EID_URL, json=referral, timeout=settings.HTTP_TIMEOUT)
    resp.raise_for_status()
    return resp.json().get("referral_id")
