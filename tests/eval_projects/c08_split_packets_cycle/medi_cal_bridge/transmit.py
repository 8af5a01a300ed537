"""Sends both packets; audit and transmit import each other (retries go back through here)."""
import requests

from . import audit
from .packets import split_packets
from .settings import ICE_EID_URL, MEDS_URL, TIMEOUT


def send_member(member):
    meds_update, referral = split_packets(member)
    requests.post(MEDS_URL + "/members", json=meds_update, timeout=TIMEOUT)
    resp = requests.post(ICE_EID_URL + "/referrals", json=referral, timeout=TIMEOUT)
    if resp.status_code >= 500:
        audit.remember_failure(referral)
    audit.record("referral", member.cin)


def resend(body):
    return requests.post(ICE_EID_URL + "/referrals", json=body, timeout=TIMEOUT)
