"""Nightly sync of members' ICE ("in case of emergency") contacts to the MCO care-management platform.

Scenario: the managed-care unit of a state Medicaid agency keeps, for each
member in long-term services, up to two in-case-of-emergency contacts. A
nightly job builds ``IceContactCard`` records, posts them in pages to the
MCO's care-team API, and writes the cards that failed to a CSV that is
uploaded to the MCO's SFTP drop for manual loading.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``ice`` next to ``contact``/``contacts``/``emergency`` in the name of a
  field, variable, function or class means "in case of emergency", not
  enforcement (SPEC section 4): ``IceContactCard``, ``ice_contact_name``,
  ``ice_contact_phone``, ``sync_ice_contacts``, ``ice_contacts``.
- The URL, host, SFTP host and client names carry no enforcement token, and
  the hosts (``api.carebridge-mco.com``, ``sftp.carebridge-mco.com``) are on
  neither host list: not enforcement (SPEC section 4).
- Member data of many people with no status condition, but not sent to an
  enforcement endpoint (SPEC section 10).
"""
from __future__ import annotations

import csv
import logging
import os
from dataclasses import asdict, dataclass, fields

import paramiko
import requests

log = logging.getLogger("ltss.emergency_contacts")

MCO_CARE_TEAM_URL = "https://api.carebridge-mco.com/v2/care-team/contacts"
MCO_SFTP_HOST = "sftp.carebridge-mco.com"
PAGE_SIZE = 250


@dataclass
class IceContactCard:
    member_id: str
    member_phone: str | None
    ice_contact_name: str
    ice_contact_relationship: str
    ice_contact_phone: str
    ice_contact_priority: int


def cards_for(member) -> list[IceContactCard]:
    ice_contacts = sorted(member.emergency_contacts, key=lambda c: c.priority)[:2]
    return [
        IceContactCard(
            member_id=member.medicaid_id,
            member_phone=member.phone_number,
            ice_contact_name=c.full_name,
            ice_contact_relationship=c.relationship,
            ice_contact_phone=c.phone,
            ice_contact_priority=c.priority,
        )
        for c in ice_contacts
    ]


def sync_ice_contacts(members, session: requests.Session) -> list[IceContactCard]:
    cards = [card for member in members for card in cards_for(member)]
    failed: list[IceContactCard] = []
    for start in range(0, len(cards), PAGE_SIZE):
        page = cards[start : start + PAGE_SIZE]
        resp = session.put(MCO_CARE_TEAM_URL, json=[asdict(card) for card in page], timeout=60)
        if resp.status_code >= 500:
            failed.extend(page)
            continue
        resp.raise_for_status()
    return failed


def upload_failures(failed: list[IceContactCard], run_id: str) -> None:
    if not failed:
        return
    local = f"/tmp/emergency_contacts_{run_id}.csv"
    with open(local, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[f.name for f in fields(IceContactCard)])
        writer.writeheader()
        writer.writerows(asdict(card) for card in failed)
    transport = paramiko.Transport((MCO_SFTP_HOST, 22))
    try:
        transport.connect(username="medicaid-ltss", pkey=paramiko.Ed25519Key.from_private_key_file(os.environ["LTSS_SFTP_KEY"]))
        sftp = paramiko.SFTPClient.from_transport(transport)
        sftp.put(local, f"/inbound/contacts/emergency_contacts_{run_id}.csv")
    finally:
        transport.close()
    os.remove(local)
    log.warning("%d emergency contact cards left for manual loading", len(failed))
