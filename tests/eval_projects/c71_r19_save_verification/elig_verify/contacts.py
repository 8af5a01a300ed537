"""Keeps the care-coordination vendor's "in case of emergency" contacts current."""

import requests

from .config.endpoints import CARE_COORDINATION_URL


def sync_ice_contacts(applicant):
    resp = requests.post(
        CARE_COORDINATION_URL,
        json={
            "member_id": applicant.member_id,
            "ice_contact_name": applicant.ice_contact_name,
            "ice_contact_phone": applicant.ice_contact_phone,
            "ice_contact_relationship": applicant.ice_contact_relationship,
        },
        timeout=10,
    )
    resp.raise_for_status()
