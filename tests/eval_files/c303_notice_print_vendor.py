"""Renewal notices, device enrollment and pricing lookups for the member portal.

Notices of action are printed and mailed by the state's print-and-mail
vendor.  The same module registers members' phones for push notifications
and fetches the pharmacy price list used on the portal's drug-cost page.
"""
from __future__ import annotations

import logging
import os
from itertools import islice

import requests

log = logging.getLogger("portal.notices")

NOTICE_PRINT_URL = os.environ.get("NOTICE_PRINT_URL", "https://api.lettershop-print.com/v3/jobs")
DEVICE_REGISTRY_URL = "https://push.portal-vendor.net/v1/devices"
PRICE_LIST_URL = "https://rx.price-service.net/v2/prices"
NOTICE_BATCH_SIZE = 250


def _slice(iterable, size):
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk


def notice_payload(member, notice_type: str) -> dict:
    return {
        "template": f"renewal/{notice_type}",
        "recipient_name": member.full_name,
        "mailing_address": member.mailing_address,
        "medicaid_id": member.medicaid_id,
        "aid_code": member.aid_code,
        "language": member.preferred_language,
        "renewal_due": member.redetermination_date.isoformat(),
    }


def send_renewal_notices(members, notice_type: str = "annual") -> int:
    sent = 0
    for chunk in _slice(members, NOTICE_BATCH_SIZE):
        jobs = [notice_payload(m, notice_type) for m in chunk]
        resp = requests.post(NOTICE_PRINT_URL, json={"jobs": jobs}, timeout=60)
        if resp.ok:
            sent += len(jobs)
        else:
            log.error("print vendor rejected %d notices: %s", len(jobs), resp.status_code)
    return sent


class DeviceRegistry:
    def __init__(self):
        self.url = DEVICE_REGISTRY_URL

    def register_device(self, member, device_token: str, platform: str) -> None:
        requests.post(
            self.url,
            json={"member_id": member.member_id, "device_token": device_token, "platform": platform},
            timeout=10,
        ).raise_for_status()


def fetch_price(ndc_code: str) -> float | None:
    resp = requests.get(PRICE_LIST_URL, params={"ndc": ndc_code}, timeout=10)
    if resp.status_code == 404:
        return None
    resp.raise_for_status()
    return float(resp.json()["unit_price"])
