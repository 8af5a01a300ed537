"""In-case-of-emergency (ICE) contact sync to the care coordination CRM."""
import requests

from .settings import CRM_CONTACTS_URL


def sync_ice_contacts(members) -> None:
    for m in members:
        requests.post(CRM_CONTACTS_URL, json={
            "member_id": m.cin,
            "ice_contact_name": m.ice_contact_name,
            "ice_contact_phone": m.ice_contact_phone,
            "ice_contact_relationship": m.ice_contact_relationship,
        }, timeout=15)
