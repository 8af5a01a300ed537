"""Interfaces from the eligibility system to other programs' enforcement units and to the notice vendor.

Clean (§4): `enforcement` here is qualified by another domain of law: CHILD_SUPPORT_ENFORCEMENT_URL
(child support), tax_enforcement_client (tax) and MFCU_ENFORCEMENT_QUEUE_URL (mfcu) are not immigration
signals; their hosts / queue segment ("mfcu-case-intake") carry no token and are on neither list.
NOTICE_SERVICE_URL contains "notice", which does not match `ice`. With no enforcement endpoint, SSN,
income, employer address, claims and aid codes produce no MCD101-104 (§3, §8).
"""
import json
import logging
import smtplib
from email.message import EmailMessage

import boto3
import httpx
import requests

log = logging.getLogger(__name__)

CHILD_SUPPORT_ENFORCEMENT_URL = "https://cse-gateway.csenet-partners.com/api/v2/referrals"
TAX_ENFORCEMENT_BASE = "https://api.revenue-match-partner.com/v1"
MFCU_ENFORCEMENT_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/mfcu-case-intake"
NOTICE_SERVICE_URL = "https://notices.printmail-vendor.com/api/v1/jobs"
NOTICE_SENDER = "no-reply@medicaid-notices.example.org"

tax_enforcement_client = httpx.Client(base_url=TAX_ENFORCEMENT_BASE, timeout=30.0)


def refer_to_child_support_enforcement(case):
    body = {
        "case_number": case.case_number,
        "custodial_parent_ssn": case.applicant.ssn,
        "custodial_parent_name": case.applicant.full_name,
        "absent_parent_name": case.absent_parent.full_name,
        "absent_parent_employer_address": case.absent_parent.employer_address,
        "children_medicaid_ids": [child.medicaid_id for child in case.children],
    }
    resp = requests.post(CHILD_SUPPORT_ENFORCEMENT_URL, json=body, timeout=30)
    resp.raise_for_status()
    return resp.json().get("cse_case_id")


def report_wage_match(member):
    resp = tax_enforcement_client.post(
        "/wage-match",
        json={"ssn": member.ssn, "monthly_income": member.monthly_income, "employer_address": member.employer_address},
    )
    resp.raise_for_status()
    return resp.json()


def refer_to_mfcu(claim):
    sqs = boto3.client("sqs", region_name="us-east-1")
    message = {
        "claim_id": claim.claim_id,
        "billing_npi": claim.billing_npi,
        "medicaid_id": claim.medicaid_id,
        "diagnosis_code": claim.diagnosis_code,
        "paid_amount": str(claim.paid_amount),
    }
    sqs.send_message(QueueUrl=MFCU_ENFORCEMENT_QUEUE_URL, MessageBody=json.dumps(message))


def send_renewal_notice(member):
    job = {
        "template": "RENEWAL_60_DAY",
        "mailing_label": member.mailing_label,
        "aid_code": member.aid_code,
        "preferred_language": member.preferred_language,
    }
    httpx.post(NOTICE_SERVICE_URL, json=job, timeout=30.0).raise_for_status()
    if member.email_address:
        msg = EmailMessage()
        msg["From"] = NOTICE_SENDER
        msg["To"] = member.email_address
        msg["Subject"] = "Your Medicaid renewal is due"
        msg.set_content(f"Dear {member.first_name}, your coverage under aid code {member.aid_code} is due for renewal.")
        with smtplib.SMTP("smtp.medicaid-notices.example.org", 587) as smtp:
            smtp.starttls()
            smtp.send_message(msg)
