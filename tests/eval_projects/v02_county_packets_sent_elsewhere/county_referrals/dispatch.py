"""Sends the packets built in county_referrals.packets to their destinations."""
import requests

import county_referrals.config.endpoints as endpoints
from county_referrals.packets import build_packet, case_snapshot, split_packets, status_packet

TIMEOUT = 30


def send_referral(member):
    packet = build_packet(member)
    resp = requests.post(endpoints.ICE_REFERRAL_URL, json=packet, timeout=TIMEOUT)  # MCD101 MCD101 MCD102
    resp.raise_for_status()


def send_status(member):
    requests.post(endpoints.ICE_REFERRAL_URL, json=status_packet(member), timeout=TIMEOUT)


def send_case(member):
    full = case_snapshot(member)
    requests.post(endpoints.ERO_CASE_URL, json=full, timeout=TIMEOUT)  # MCD103


def send_split(member):
    county_copy, referral = split_packets(member)
    requests.post(endpoints.COUNTY_PORTAL_URL, json=county_copy, timeout=TIMEOUT)
    requests.post(endpoints.ICE_REFERRAL_URL, json=referral, timeout=TIMEOUT)  # MCD101
