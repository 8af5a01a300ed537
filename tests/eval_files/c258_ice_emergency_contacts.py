"""Sync members' ICE ("in case of emergency") contacts to the care-coordination vendor.

A generator yields one payload per contact; a sender consumes it and PUTs each to the vendor.
Clean: `ice` next to `contact`/`contacts`/`emergency` in field, variable, function and class names
(IceContactPayload, ice_contact_phone, iter_ice_contacts, sync_ice_contacts) means 'in case of
emergency' (SPEC 4). The URL constants carry no enforcement token, the vendor host is on neither
list, so nothing is enforcement; 'device'/'notice' do not match 'ice' (SPEC 4).
"""
import logging
from typing import Iterator, TypedDict

import requests

log = logging.getLogger(__name__)

CARE_COORD_CONTACTS_URL = "https://api.carebridge-health.com/v3/emergency-contacts"
DEVICE_NOTICE_URL = "https://push.carebridge-health.com/v1/device-notices"


class IceContactPayload(TypedDict):
    member_id: str
    ice_contact_name: str
    ice_contact_phone: str
    ice_contact_relationship: str
    member_language: str


def iter_ice_contacts(members) -> Iterator[IceContactPayload]:
    for m in members:
        for c in m.emergency_contacts:
            if not c.phone:
                continue
            yield IceContactPayload(
                member_id=m.cin,
                ice_contact_name=c.full_name,
                ice_contact_phone=c.phone,
                ice_contact_relationship=c.relationship,
                member_language=m.primary_language,
            )


def _put(payload: IceContactPayload) -> bool:
    url = f"{CARE_COORD_CONTACTS_URL}/{payload['member_id']}"
    try:
        resp = requests.put(url, json=payload, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("contact sync failed for %s: %s", payload["member_id"], exc)
        return False
    return True


def sync_ice_contacts(members) -> int:
    ice_contacts = list(iter_ice_contacts(members))
    return sum(1 for p in ice_contacts if _put(p))


def send_device_notice(member, notice_text: str) -> None:
    body = {"member_id": member.cin, "device_token": member.device_token, "notice": notice_text}
    requests.post(DEVICE_NOTICE_URL, json=body, timeout=5)
