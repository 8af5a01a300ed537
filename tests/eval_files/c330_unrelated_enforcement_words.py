"""Member-facing vendor feeds: notices, devices, emergency contacts, fraud.

* Notice print vendor: renewal notices with the full mailing block.
* Remote-monitoring device registry: member and device assignment.
* Care-management vendor: in-case-of-emergency (ICE) contacts.
* Fraud enforcement: program-integrity referrals to the state MFCU queue.
* Code enforcement: housing-inspection requests for the county.

All of these receive whole member rows; none goes to an immigration agency.
"""
from __future__ import annotations

import json
import logging
import os
from typing import Any, Iterable

import boto3
import requests

log = logging.getLogger("vendor.feeds")

NOTICE_PRINT_URL = "https://api.printmail-partners.com/v2/jobs"
DEVICE_REGISTRY_URL = "https://rpm.devicehub-health.com/api/assignments"
CARE_MGMT_CONTACTS_URL = "https://api.carebridge-mco.com/v1/contacts"
CODE_ENFORCEMENT_URL = "https://housing.lacounty.gov/code-enforcement/api/requests"
FRAUD_ENFORCEMENT_QUEUE_URL = os.environ["FRAUD_ENFORCEMENT_QUEUE_URL"]
NOTICE_ARCHIVE_BUCKET = "medi-cal-notice-archive"


def send_renewal_notices(members: Iterable[Any], notice_type: str = "RENEWAL") -> int:
    service = requests.Session()
    jobs = []
    for member in members:
        jobs.append({
            "notice_type": notice_type,
            "mailing_label": f"{member.full_name}\n{member.mailing_address}",
            "language": member.preferred_language,
            "member": vars(member),
        })
    resp = service.post(NOTICE_PRINT_URL, json={"jobs": jobs}, timeout=120)
    resp.raise_for_status()
    archive = boto3.client("s3")
    archive.put_object(Bucket=NOTICE_ARCHIVE_BUCKET, Key=f"{notice_type}/batch.json", Body=json.dumps(jobs))
    return len(jobs)


def register_devices(assignments: Iterable[Any]) -> None:
    for device in assignments:
        requests.post(DEVICE_REGISTRY_URL, json={
            "device_serial": device.serial,
            "member": vars(device.member),
            "diagnosis_code": device.indication_icd10,
        }, timeout=30)


def sync_ice_contacts(members: Iterable[Any]) -> None:
    """Push each member's in-case-of-emergency contact to the care manager."""
    for member in members:
        requests.post(CARE_MGMT_CONTACTS_URL, json={
            "member_id": member.cin,
            "ice_contact_name": member.ice_contact_name,
            "ice_contact_phone": member.ice_contact_phone,
            "ice_contact_relationship": member.ice_contact_relationship,
        }, timeout=30)


def refer_to_fraud_enforcement(cases: Iterable[Any]) -> None:
    sqs = boto3.client("sqs")
    for case in cases:
        sqs.send_message(QueueUrl=FRAUD_ENFORCEMENT_QUEUE_URL, MessageBody=json.dumps(case.model_dump(), default=str))


def request_code_enforcement(inspections: Iterable[Any]) -> None:
    for item in inspections:
        price_slice = item.rent_amount / max(item.household_size, 1)
        requests.post(CODE_ENFORCEMENT_URL, json={
            "address": item.member.home_address,
            "tenant": item.member.full_name,
            "rent_per_person": price_slice,
            "household": vars(item.member),
        }, timeout=30)
