"""Texas HHSC CRM helpers.

* ICE = "in case of emergency" contacts, synced to the HHSC CRM.
* ICE inquiry notes: when an ICE records request arrives, a case note is
  written to the state case system. Nothing here sends to ICE.
"""
import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)

CRM_CONTACTS_URL = "https://crm.hhs.texas.gov/api/v2/contacts"
CASE_NOTES_URL = "https://cases.hhsc.texas.gov/api/notes"


@dataclass
class IceContact:
    ice_contact_name: str
    ice_contact_phone: str
    ice_contact_relationship: str


def sync_ice_contacts(session, members):
    failures = 0
    for member in members:
        contact = member.emergency_contact
        if contact is None:
            continue
        body = {
            "medicaid_id": member.cin,
            "member_name": member.full_name,
            "ice_contact_name": contact.name,
            "ice_contact_phone": contact.phone,
            "ice_contact_relationship": contact.relationship,
        }
        try:
            resp = session.put(f"{CRM_CONTACTS_URL}/{member.cin}", json=body, timeout=20)
            resp.raise_for_status()
        except requests.RequestException:
            failures += 1
            log.exception("contact sync failed for %s", member.cin)
    return failures


def build_ice_inquiry_note(member, inquiry):
    note = {
        "case_number": member.case_number,
        "medicaid_id": member.cin,
        "ssn_last4": member.ssn[-4:],
        "member_name": member.full_name,
        "category": "ICE_RECORDS_REQUEST",
    }
    if inquiry.get("requested_fields"):
        note["text"] = "ICE requested: " + ", ".join(inquiry["requested_fields"])
    else:
        note["text"] = "ICE request received without field list"
    if member.primary_diagnosis:
        note["sensitive_flag"] = True
    return note


def record_ice_inquiry(session, member, inquiry):
    note = build_ice_inquiry_note(member, inquiry)
    resp = session.post(CASE_NOTES_URL, json=note, timeout=20)
    resp.raise_for_status()
    log.info("case note %s written", resp.json().get("note_id"))
    return resp.json()
