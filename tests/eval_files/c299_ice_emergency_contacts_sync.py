"""Sync members' ICE ("in case of emergency") contacts to the care-coordination CRM.

Care managers call a member's emergency contact when the member misses a
post-discharge follow-up.  The CRM vendor keeps its own copy of those
contacts; this job pushes changes nightly.
"""
from __future__ import annotations

import logging
import os
from typing import Iterable

import requests

log = logging.getLogger("carecoord.contacts")

CRM_CONTACTS_URL = os.environ.get("CRM_CONTACTS_URL", "https://api.carecoord-hub.com/v2/contacts")
CRM_API_TIMEOUT = 20
PAGE_SIZE = 200


def build_ice_contact_record(member, contact) -> dict:
    return {
        "member_id": member.member_id,
        "member_name": member.full_name,
        "ice_contact_name": contact.full_name,
        "ice_contact_phone": contact.phone,
        "ice_contact_relationship": contact.relationship,
        "ice_contact_address": contact.address,
        "preferred_language": member.preferred_language,
        "discharge_date": member.last_discharge_date.isoformat() if member.last_discharge_date else None,
    }


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def sync_ice_contacts(members, api_key: str) -> int:
    ice_contacts = []
    for member in members:
        for contact in member.emergency_contacts:
            if not contact.phone:
                continue
            ice_contacts.append(build_ice_contact_record(member, contact))

    pushed = 0
    with requests.Session() as session:
        session.headers["X-Api-Key"] = api_key
        for chunk in _chunks(ice_contacts, PAGE_SIZE):
            resp = session.put(CRM_CONTACTS_URL, json={"contacts": chunk}, timeout=CRM_API_TIMEOUT)
            if resp.status_code >= 400:
                log.error("CRM rejected %d ICE contacts: %s", len(chunk), resp.text[:300])
                continue
            pushed += len(chunk)
    log.info("pushed %d ICE contacts", pushed)
    return pushed
