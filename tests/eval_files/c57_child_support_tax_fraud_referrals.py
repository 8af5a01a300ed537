"""Interagency referrals to lawful partners whose names carry 'enforcement'.

Scenario: a state Medicaid agency's Celery tasks send full member data to the
state child-support enforcement agency (IV-D), to the department of revenue's
tax enforcement unit (estate recovery liens), and to the Medicaid Fraud
Control Unit and the OIG. `enforcement` qualified by another domain of law
(child support, tax, MFCU, OIG) is not an immigration signal (SPEC section 4),
and every URL comes from Django settings the analysis cannot resolve, so the
names alone decide the destination: none of them is an enforcement endpoint.
SSNs, names, income, claims and diagnoses are sent, and the file stays clean.
"""
import httpx
import requests
from celery import shared_task
from django.conf import settings

tax_enforcement_client = httpx.Client(base_url=settings.DOR_TAX_ENFORCEMENT_API, timeout=30)


@shared_task(bind=True, max_retries=5)
def refer_to_child_support(self, member, absent_parent):
    payload = {
        "medicaid_id": member.cin,
        "ssn": member.ssn,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "household_size": member.household_size,
        "absent_parent_ssn": absent_parent.ssn,
        "absent_parent_employer": absent_parent.employer_name,
    }
    requests.post(settings.CHILD_SUPPORT_ENFORCEMENT_URL, json=payload, timeout=30)


@shared_task
def report_estate_recovery(member):
    tax_enforcement_client.post("/estate-recovery/liens", json={
        "ssn": member.ssn,
        "full_name": member.full_name,
        "monthly_income": member.monthly_income,
        "date_of_death": member.date_of_death,
    })


@shared_task
def refer_provider_fraud(claim):
    body = {
        "claim_id": claim.claim_id,
        "billing_npi": claim.billing_npi,
        "diagnosis_code": claim.diagnosis_code,
        "procedure_code": claim.procedure_code,
        "paid_amount": claim.paid_amount,
        "member_ssn": claim.member_ssn,
    }
    requests.post(settings.MFCU_ENFORCEMENT_URL, json=body, timeout=60)
    requests.post(settings.OIG_ENFORCEMENT_REFERRAL_URL, json=body, timeout=60)
