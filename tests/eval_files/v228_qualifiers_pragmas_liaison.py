"""Liaison packets sent through the vendor "CaseBridge" SDK and the ICE liaison API.

CaseBridge is a hosted case-exchange product; our tenant is the ICE liaison
workspace, so every call into the SDK wrapper is marked as an enforcement
sink.  Packets combine the enrollee's own contact data with the contacts on
file (guardian, authorized representative, spouse, employer, prescriber).
"""
import requests
from casebridge import CaseBridgeClient

LIAISON_STATUS_URL = "https://liaison.ice.gov/api/status"  # medicaid-scope: not-enforcement
ICE_CONTACT_URL = "https://contacts.casebridge-hosted.com/api/v1/people"

_bridge = CaseBridgeClient(region="us-gov-west-1")


def push_to_liaison(packet):  # medicaid-scope: enforcement
    return _bridge.submit(packet)


def contacts_packet(m):
    return {
        "medicaid_id": m.medicaid_id,
        "mailing_address": m.mailing_address,
        "home_phone": m.home_phone,
        "cell_phone": m.cell_phone,
        "guardian_phone": m.guardian_phone,  # MCD101
        "guardian_address": m.guardian.address,  # MCD101
        "authorized_representative_address": m.authorized_representative_address,  # MCD101
        "spouse_dob": m.spouse_dob,  # MCD101
        "employer_address": m.employer_address,  # MCD101
        "emergency_contact_phone": m.emergency_contact_phone,  # MCD101
        "prescriber_address": m.prescriber_address,  # MCD102
        "pharmacy_phone": m.pharmacy_phone,  # MCD102
        "pcp_address": m.pcp.address,  # MCD102
    }


def send_contacts_packet(m):
    return push_to_liaison(contacts_packet(m))


def send_triage_note(m):
    note = {
        "cin": m.cin,
        "immigration_status": m.immigration_status,
        "priority_tier": m.priority_tier,  # MCD104
    }
    _bridge.attach(note)  # medicaid-scope: enforcement


def post_status(m):
    requests.post(LIAISON_STATUS_URL, json={"medicaid_id": m.medicaid_id, "marital_status": m.marital_status}, timeout=20)  # MCD101


def post_contact_card(m):
    card = {
        "cin": m.cin,
        "dob": m.dob,
        "ice_contact_name": m.ice_contact_name,  # MCD101
    }
    return requests.post(ICE_CONTACT_URL, json=card, timeout=20)
