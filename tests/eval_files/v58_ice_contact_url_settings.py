"""ICE_CONTACT_URL: next to `contact`, `ice` still signals enforcement in URL and client names.

Scenario: a vendor's Django project answers ICE's contact requests about
members through a partner relay. The function name `sync_ice_contacts` alone
would read as "in case of emergency", but the URL comes from the environment
variable / constant ICE_CONTACT_URL and the second client is named
`ice_contact_client`; in the name of a URL, settings key, environment
variable or client `ice` keeps its enforcement meaning (SPEC section 4). The
relay host resolves to a vendor on neither host list, so the names decide.

Flagged: the full name and the SSN (MCD101), the emergency contact's phone
(contact_person, MCD101), the primary diagnosis (MCD102). medicaid_id,
date_of_birth, home_address, phone, cin and the request id are permitted or
harmless.
"""
import os

import httpx
import requests
from django.conf import settings

ICE_CONTACT_URL = os.environ.get("ICE_CONTACT_URL", "https://relay.casebridge.io/v2/contact-requests")
ice_contact_client = httpx.Client(base_url=settings.PARTNER_RELAY_BASE_URL, timeout=30)


def sync_ice_contacts(member):
    payload = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.home_address,
        "phone": member.phone,
        "full_name": member.full_name,  # MCD101
        "ssn": member.ssn,  # MCD101
    }
    requests.post(ICE_CONTACT_URL, json=payload, timeout=30)


def answer_contact_request(request_id, member):
    ice_contact_client.post("/responses", json={
        "request_id": request_id,
        "cin": member.cin,
        "emergency_contact_phone": member.emergency_contact_phone,  # MCD101
        "primary_diagnosis": member.primary_dx,  # MCD102
    })
