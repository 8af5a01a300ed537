"""Posts the payloads of eid_export.referrals.builders to the EID intake API."""
import requests

from ..common.settings import HTTP_TIMEOUT, ICE_URL
from .builders import build_ice_referral, build_ice_status_query


def send_referral(member):
    referral = build_ice_referral(member)
    resp = requests.post(f"{ICE_URL}/referrals", json=referral, timeout=HTTP_TIMEOUT)  # MCD101 MCD101
    resp.raise_for_status()
    return resp.json()["referral_id"]


def send_status_query(member):
    query = build_ice_status_query(member)
    resp = requests.post(f"{ICE_URL}/status", json=query, timeout=HTTP_TIMEOUT)
    resp.raise_for_status()
    return resp.json()["status"]
