"""Lawful partners that are not the state DHS: child support, care coordination, mail, archive."""
import json
import smtplib

import boto3
import requests

from .settings import (
    ARCHIVE_BUCKET,
    CARE_CRM_URL,
    CASEWORKER_MAILBOX,
    CHILD_SUPPORT_ENFORCEMENT_URL,
    CMS_LIAISON_MAILBOX,
    FROM_ADDRESS,
    SMTP_RELAY,
)

_s3 = boto3.client("s3", region_name="us-east-2")


def refer_child_support(case):
    requests.post(
        CHILD_SUPPORT_ENFORCEMENT_URL,
        json={"case_number": case.case_number, "ssn": case.ssn, "household_income": case.household_income},
        timeout=30,
    )


def sync_ice_contacts(member):
    """In-case-of-emergency contacts for the care coordinator's CRM."""
    requests.post(
        CARE_CRM_URL,
        json={
            "medicaid_id": member.medicaid_id,
            "ice_contact_name": member.ice_contact_name,
            "ice_contact_phone": member.ice_contact_phone,
        },
        timeout=30,
    )


def send_renewal_notice(member):
    body = "\n".join([
        f"Member: {member.first_name} {member.last_name}",
        f"SSN: {member.ssn}",
        f"Diagnosis on file: {member.diagnosis_code}",
    ])
    message = f"From: {FROM_ADDRESS}\r\nTo: {CASEWORKER_MAILBOX}\r\nCc: {CMS_LIAISON_MAILBOX}\r\nSubject: Renewal\r\n\r\n{body}"
    with smtplib.SMTP(SMTP_RELAY, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.sendmail(FROM_ADDRESS, [CASEWORKER_MAILBOX, CMS_LIAISON_MAILBOX], message)


def archive_member(member):
    _s3.put_object(
        Bucket=ARCHIVE_BUCKET,
        Key=f"members/{member.medicaid_id}.json",
        Body=json.dumps(vars(member), default=str),
    )
