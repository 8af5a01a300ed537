"""Partner feeds whose names say "enforcement" or "ICE" but are not immigration enforcement.

- IV-D child support enforcement referrals (medical support orders).
- Medicaid Fraud Control Unit (MFCU) case packets.
- State revenue tax-offset intercepts for recovered overpayments.
- "ICE" (in case of emergency) contacts synced to the care-coordination vendor.
- The notice print vendor and the remote patient monitoring device vendor.
"""
import json
import logging
import os

import boto3
import httpx
import requests

log = logging.getLogger(__name__)

CHILD_SUPPORT_ENFORCEMENT_URL = os.environ["CHILD_SUPPORT_ENFORCEMENT_URL"]
TAX_ENFORCEMENT_INTERCEPT_URL = os.environ.get(
    "TAX_ENFORCEMENT_INTERCEPT_URL", "https://intercept.revenue-partner.net/api/v1/offsets"
)
CARE_COORD_BASE = "https://api.carecoord-partner.com/v2"
NOTICE_PRINT_BUCKET = "medicaid-notice-print-prod"
RPM_DEVICE_FEED_URL = "https://feeds.vitalsync-rpm.com/ingest/members"

mfcu_enforcement = httpx.Client(base_url=os.environ["MFCU_ENFORCEMENT_API"], timeout=60)
tax_enforcement_client = requests.Session()
s3 = boto3.client("s3")


def refer_to_child_support(member, absent_parent):
    body = {
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "absent_parent_name": absent_parent.full_name,
        "absent_parent_ssn": absent_parent.ssn,
        "absent_parent_employer": absent_parent.employer_name,
    }
    requests.post(CHILD_SUPPORT_ENFORCEMENT_URL, json=body, timeout=30).raise_for_status()


def send_mfcu_packet(investigation, claims):
    packet = {
        "case_number": investigation.case_number,
        "provider_npi": investigation.provider_npi,
        "claims": [
            {"icn": c.icn, "dx": c.diagnosis_code, "paid_amount": str(c.paid_amount)} for c in claims
        ],
    }
    mfcu_enforcement.post("/cases/packets", json=packet).raise_for_status()


def submit_tax_intercept(member, overpayment):
    tax_enforcement_client.post(
        TAX_ENFORCEMENT_INTERCEPT_URL,
        json={"ssn": member.ssn, "full_name": member.full_name, "amount": str(overpayment.amount)},
        timeout=30,
    )


def build_ice_contacts(member):
    return [
        {"ice_contact_name": c.full_name, "ice_contact_phone": c.phone, "relationship": c.relationship}
        for c in member.emergency_contacts
    ]


def sync_ice_contacts(member):
    url = f"{CARE_COORD_BASE}/members/{member.medicaid_id}/emergency-contacts"
    requests.put(url, json={"contacts": build_ice_contacts(member)}, timeout=30).raise_for_status()


def queue_notice(member, notice_pdf: bytes):
    s3.put_object(
        Bucket=NOTICE_PRINT_BUCKET,
        Key=f"outbound/{member.medicaid_id}/{member.last_name}.pdf",
        Body=notice_pdf,
        Metadata={"mailing_label": f"{member.full_name} / {member.mailing_address}"},
    )


def push_device_enrollment(member, device):
    body = {"device_serial": device.serial, "member_id": member.medicaid_id, "diagnosis": member.primary_dx}
    requests.post(RPM_DEVICE_FEED_URL, json=body, timeout=30)
    log.info("device %s enrolled: %s", device.serial, json.dumps({"member_id": member.medicaid_id}))
