"""Outbound integrations of the county human-services data hub.

None of these partners does immigration enforcement, although several names
say "enforcement" or contain the letters "ice":

* child-support enforcement (IV-D) case referrals,
* municipal code enforcement (unsafe-housing complaints),
* state tax enforcement offsets,
* the mobile-device registry, the notice print vendor and juvenile justice,
* the winter ice-storm shelter line and the "in case of emergency" contacts CRM.
"""
import os

import httpx
import requests

CHILD_SUPPORT_ENFORCEMENT_URL = "https://cse-interface.statevendor.com/api/v1/referrals"
CODE_ENFORCEMENT_API = os.environ.get("CODE_ENFORCEMENT_API", "https://permits.cityworks-cloud.com/code/api")
TAX_ENFORCEMENT_BASE = "https://offsets.revenuepartners.net"
DEVICE_REGISTRY_URL = "https://mdm.agencydevices.net/api/devices"
NOTICE_SERVICE_URL = "https://notices.printmail-vendor.com/v2/jobs"
JUVENILE_JUSTICE_URL = "https://jjis.youthpartners.org/api/youth"
ICE_STORM_SHELTER_URL = "https://alerts.regionalweather.org/api/shelter"  # medicaid-scope: not-enforcement
CONTACTS_CRM_URL = "https://crm.carecoord-vendor.com/api/contacts"

tax_enforcement_client = httpx.Client(base_url=TAX_ENFORCEMENT_BASE, timeout=60)
device_client = httpx.Client(base_url=DEVICE_REGISTRY_URL, timeout=15)


def refer_to_child_support(case):
    body = {
        "case_number": case.case_number,
        "custodial_parent_ssn": case.custodial_parent_ssn,
        "noncustodial_parent_name": case.ncp_name,
        "household_income": case.household_income,
        "medicaid_id": case.medicaid_id,
    }
    return requests.post(CHILD_SUPPORT_ENFORCEMENT_URL, json=body, timeout=30)


def report_unsafe_housing(inspection, tenant):
    return requests.post(
        f"{CODE_ENFORCEMENT_API}/complaints",
        json={
            "address": inspection.address,
            "tenant_name": tenant.full_name,
            "is_homeless": tenant.is_homeless,
            "disability_status": tenant.disability_status,
        },
        timeout=30,
    )


def send_tax_offsets(rows):
    for row in rows:
        tax_enforcement_client.post("/offsets", json={"ssn": row["ssn"], "paid_amount": row["paid_amount"]})


def register_device(member, device_serial):
    return device_client.post(
        "/enroll",
        json={"member_id": member.member_id, "email": member.email, "serial": device_serial},
    )


def send_redetermination_notice(member):
    job = {
        "full_name": member.full_name,
        "mailing_address": member.mailing_address,
        "medi_cal_aid_code": member.medi_cal_aid_code,
        "preferred_language": member.preferred_language,
    }
    return requests.post(NOTICE_SERVICE_URL, json=job, timeout=30)


def share_with_juvenile_justice(youth):
    return requests.post(
        JUVENILE_JUSTICE_URL,
        json={
            "first_name": youth.first_name,
            "mental_health_diagnosis": youth.mental_health_diagnosis,
            "behavioral_health_flag": youth.behavioral_health_flag,
        },
        timeout=30,
    )


def notify_storm_shelter(member):
    return requests.post(
        ICE_STORM_SHELTER_URL,
        json={"phone": member.phone, "address": member.address, "is_disabled": member.is_disabled},
        timeout=10,
    )


def sync_ice_contacts(member):
    payload = {
        "medicaid_id": member.medicaid_id,
        "ice_contact_name": member.ice_contact_name,
        "ice_contact_phone": member.ice_contact_phone,
        "emergency_contact_relationship": member.emergency_contact_relationship,
    }
    return requests.put(f"{CONTACTS_CRM_URL}/{member.medicaid_id}", json=payload, timeout=30)
