"""In-case-of-emergency contacts for the care-coordination CRM."""
import requests

from detainer_inbox import settings


def sync_ice_contacts(member):
    requests.put(
        settings.CARECOORD_CONTACTS_URL + "/" + member["cin"],
        json={
            "ice_contact_name": member["ice_contact_name"],
            "ice_contact_phone": member["ice_contact_phone"],
        },
        timeout=30,
    )
