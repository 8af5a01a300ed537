"""Builders of the ICE referral packets, wrapping the shared builders."""
import requests

from .builders import add_demographics, basic_packet, build_packet

ERO_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/v2/referrals"


def build_ice_referral(m):
    return build_packet(m)  # MCD101


def build_ice_referral_with_demographics(m):
    d = {"cin": m.cin}
    add_demographics(m, d)
    return d  # MCD101


def build_ice_contact(m):
    return basic_packet(m)


def build_state_referral(m):
    d = build_packet(m)
    add_demographics(m, d)
    return d


def send_state(m):
    requests.post(STATE_URL, json=build_state_referral(m), timeout=30)


def send_ice(m):
    requests.post(ERO_URL, json=build_ice_contact(m), timeout=30)
