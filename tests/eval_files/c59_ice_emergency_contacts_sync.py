"""Syncs members' "in case of emergency" (ICE) contacts to the care-management vendor.

Scenario: ICE here means "in case of emergency". `ice` next to `contact`,
`contacts` or `emergency` in the name of a field, variable, function or
class (`IceContact`, `ice_contact_phone`, `build_ice_contact_payload`,
`sync_ice_contacts`, `ice_contacts`, `notify_ice_emergency`) is not an
enforcement signal (SPEC section 4). The vendor URL comes from settings keys
with neutral names and cannot be resolved, so nothing signals enforcement:
the class is not an enforcement payload model, the builder is not an
enforcement builder, and the file stays clean although third-party names,
phones and e-mail addresses are sent.
"""
import dataclasses

import httpx
from django.conf import settings

portal_client = httpx.Client(base_url=settings.CARE_PORTAL_BASE_URL, timeout=20)


@dataclasses.dataclass
class IceContact:
    member_id: str
    ice_contact_name: str
    ice_contact_phone: str
    ice_contact_relationship: str


def build_ice_contact_payload(member):
    return {
        "member_id": member.member_id,
        "ice_contact_name": member.ice_contact_name,
        "ice_contact_phone": member.ice_contact_phone,
        "emergency_contact_email": member.emergency_contact_email,
    }


def sync_ice_contacts(member):
    ice_contacts = [build_ice_contact_payload(member)]
    for guardian in member.guardians:
        contact = IceContact(
            member_id=member.member_id,
            ice_contact_name=guardian.full_name,
            ice_contact_phone=guardian.phone,
            ice_contact_relationship=guardian.relationship,
        )
        ice_contacts.append(dataclasses.asdict(contact))
    portal_client.put(f"/members/{member.member_id}/emergency-contacts", json=ice_contacts)


def notify_ice_emergency(member, message_text):
    portal_client.post("/notifications", json={
        "member_id": member.member_id,
        "ice_contact_phone": member.ice_contact_phone,
        "message_text": message_text,
    })
