"""Sync of members' "ICE" (in case of emergency) contacts to a care-management vendor (expected clean).

Scenario: a health plan's care-coordination team keeps each member's
in-case-of-emergency contact.  A nightly job pushes those contacts, with
the member's name, phone and program flags, to the care-management SaaS
vendor.  The code uses the common "ICE contact" abbreviation throughout.

Why no finding is expected:
- ``ice`` appears only next to ``contact``/``contacts`` in the names of
  fields, variables, functions and a class (``ice_contact_phone``,
  ``ice_contacts_for``, ``sync_ice_contacts``, ``IceContact``); SPEC §4 reads
  that as "in case of emergency", not enforcement.  The URL constant and
  the client carry no ``ice`` token (``CARE_MGMT_BASE``, ``care_api``).
- The host ``api.carebridge-partners.com`` is on neither host list and no
  other name signals enforcement (``device_id``, ``price_tier`` and
  ``slice`` do not match tokens, SPEC §4), so the destination is not
  enforcement and the member data sent is no finding (SPEC §8).
"""
from dataclasses import asdict, dataclass
from itertools import islice

import httpx

CARE_MGMT_BASE = "https://api.carebridge-partners.com/v1"
PAGE = 200


@dataclass
class IceContact:
    member_id: str
    member_name: str
    ice_contact_name: str
    ice_contact_relationship: str
    ice_contact_phone: str
    device_id: str | None = None
    price_tier: str | None = None


def ice_contacts_for(members):
    for m in members:
        contact = m.emergency_contact
        if contact is None:
            continue
        yield IceContact(
            member_id=m.member_id,
            member_name=m.full_name,
            ice_contact_name=contact.full_name,
            ice_contact_relationship=contact.relationship,
            ice_contact_phone=contact.phone,
            device_id=m.registered_device_id,
            price_tier=m.plan_price_tier,
        )


def sync_ice_contacts(members, token: str) -> int:
    care_api = httpx.Client(
        base_url=CARE_MGMT_BASE,
        headers={"Authorization": f"Bearer {token}"},
        timeout=httpx.Timeout(30.0),
    )
    pushed = 0
    contacts = ice_contacts_for(members)
    with care_api:
        while True:
            slice_ = list(islice(contacts, PAGE))
            if not slice_:
                break
            resp = care_api.put("/emergency-contacts:bulkUpsert", json=[asdict(c) for c in slice_])
            resp.raise_for_status()
            pushed += len(slice_)
    return pushed
