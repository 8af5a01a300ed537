"""The state's mirror of the referral packet, and the ICE packet sent without the SSN."""
import requests

from .builders import build_packet

ERO_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/v2/referral-mirror"


def build_ice_referral_mirror(m):
    # named for ICE, but its only use is the state's own mirror: not an enforcement payload (SPEC 4)
    return build_packet(m)


def mirror(m):
    requests.post(STATE_URL, json=build_ice_referral_mirror(m), timeout=30)


def build_ice_referral(m):
    return build_packet(m)  # MCD101


def send_without_ssn(m):
    packet = build_packet(m)
    packet.pop("ssn")
    requests.post(ERO_URL, json=packet, timeout=30)
