"""Care-coordination and program-integrity integrations of the managed-care
unit: child-support referrals, MFCU fraud referrals, renewal notices and the
member's "in case of emergency" (ICE) contacts for the care-team app.
"""
import logging
import os

import requests

log = logging.getLogger("integrations")

CHILD_SUPPORT_ENFORCEMENT_URL = os.environ.get(
    "CSE_REFERRAL_URL", "https://cse-gateway.kyra-systems.com/api/referrals"
)
MFCU_FRAUD_ENFORCEMENT_URL = "https://referrals.mfcu-casetracker.com/v2/cases"
CARE_TEAM_CONTACTS_URL = "https://api.careteam-vendor.com/v1/contacts"
NOTICE_PRINT_URL = "https://print.noticeworks.com/jobs"
ICE_CONTACT_URL = os.environ["ICE_CONTACT_URL"]

mfcu_enforcement_client = requests.Session()
mfcu_enforcement_client.headers["X-Agency"] = "MEDICAID-PI"


def refer_absent_parent(case):
    """Medical support referral to the child support enforcement agency."""
    payload = {
        "case_number": case.case_number,
        "custodial_parent_ssn": case.custodial_parent.ssn,
        "absent_parent_name": case.absent_parent.full_name,
        "children": [
            {"name": child.full_name, "dob": child.dob, "ssn": child.ssn}
            for child in case.children
        ],
        "monthly_income": case.household_income,
    }
    resp = requests.post(CHILD_SUPPORT_ENFORCEMENT_URL, json=payload, timeout=30)
    resp.raise_for_status()


def refer_provider_fraud(claims, provider):
    body = {
        "provider_npi": provider.npi,
        "provider_name": provider.name,
        "claims": [
            {"icn": c.icn, "dx": c.dgns_cd, "hcpcs": c.hcpcs_code, "paid": c.paid_amount}
            for c in claims
        ],
    }
    mfcu_enforcement_client.post(MFCU_FRAUD_ENFORCEMENT_URL, json=body, timeout=60)


def send_renewal_notice(member, device_id):
    job = {
        "template": "RENEWAL_60_DAY",
        "recipient_name": member.full_name,
        "mailing_address": member.mailing_address,
        "language": member.preferred_language,
        "device_id": device_id,
    }
    requests.post(NOTICE_PRINT_URL, json=job, timeout=15)


def sync_ice_contacts(member):
    contacts = [
        {
            "ice_contact_name": c.name,
            "ice_contact_phone": c.phone,
            "relationship": c.relationship,
        }
        for c in member.emergency_contacts
    ]
    requests.put(
        f"{CARE_TEAM_CONTACTS_URL}/{member.member_id}",
        json={"contacts": contacts},
        timeout=15,
    )


def push_ice_contact_card(member):
    card = {
        "member_id": member.member_id,
        "ice_contact_phone": member.ice_contact_phone,  # MCD101
    }
    requests.post(ICE_CONTACT_URL, json=card, timeout=15)
