"""Nightly sync of members' ICE ("in case of emergency") contacts to the MCO care-team platform.

Scenario: a managed-care organization's integration service pushes each
enrolled member's emergency contacts, with the member's diagnoses and
care-coordination flags, to the MCO's care-team vendor so nurses can
reach a relative during a crisis. The code base calls emergency contacts
"ICE contacts".

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``ice`` next to ``contact``/``contacts`` in the names of fields,
  variables and functions (``ice_contact_name``, ``ice_contacts_for``,
  ``sync_ice_contacts``, ``ICEContactCard``) means "in case of emergency",
  not enforcement (SPEC section 4).
- The URL constant is ``CARE_TEAM_API`` (host ``api.carebridge-mco.com``,
  on neither host list), so the destination is decided by names, and no
  name carries an enforcement signal (SPEC section 4).
- Health data and third parties' phones going to a care-team vendor are
  not findings: no enforcement endpoint; and ``members`` as a bulk source
  only matters for sends to enforcement endpoints (SPEC section 10).
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

import requests

log = logging.getLogger("mco.care_team_sync")

CARE_TEAM_API = "https://api.carebridge-mco.com/v3"


@dataclass
class ICEContactCard:
    ice_contact_name: str
    ice_contact_phone: str
    ice_contact_relationship: str
    is_primary: bool = False


def ice_contacts_for(member) -> list[dict]:
    cards = [
        ICEContactCard(
            ice_contact_name=c.full_name,
            ice_contact_phone=c.phone,
            ice_contact_relationship=c.relationship,
            is_primary=c.is_primary,
        )
        for c in member.emergency_contacts
    ]
    return [asdict(card) for card in cards]


def sync_ice_contacts(members, api_token: str) -> int:
    care_team = requests.Session()
    care_team.headers.update({"Authorization": f"Bearer {api_token}"})
    synced = 0
    for m in members:
        payload = {
            "member_id": m.member_id,
            "ice_contacts": ice_contacts_for(m),
            "primary_diagnosis": m.primary_diagnosis,
            "behavioral_health_flag": m.behavioral_health_flag,
            "preferred_language": m.preferred_language,
        }
        resp = care_team.put(f"{CARE_TEAM_API}/members/{m.member_id}/emergency-contacts", json=payload, timeout=20)
        if resp.status_code == 404:
            log.warning("member %s unknown to the care-team platform", m.member_id)
            continue
        resp.raise_for_status()
        synced += 1
    log.info("synced emergency contacts for %d members", synced)
    return synced
