"""Outbound integrations whose names look like enforcement but are not.

Illinois and Minnesota run Medicaid inside a state "Department of Human
Services", the child-support and fraud units use "enforcement" in their
names, the mail house prints notices, and the storm-outreach campaign is
literally about ice.  None of these destinations is immigration
enforcement, so full member data may flow to them.
"""
import httpx
import requests

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/v2/cases"
COOK_COUNTY_DHS_URL = "https://dhs.cookcountyil.gov/api/referrals"
CHILD_SUPPORT_ENFORCEMENT_URL = "https://cse-gateway.childsupport-vendor.com/api/referrals"
MFCU_ENFORCEMENT_URL = "https://intake.mfcu-partners.com/api/cases"
NOTICE_PRINT_URL = "https://api.notice-print-vendor.com/v1/letters"
OUTREACH_URL = "https://api.outreach-sms-vendor.com/v1/campaigns"

dhs_client = httpx.Client(base_url="https://mn-its.dhs.state.mn.us", timeout=30)


def sync_illinois_case(member):
    requests.post(
        DHS_ELIGIBILITY_URL,
        json={
            "recipient_id": member.medicaid_id,
            "ssn": member.ssn,
            "first_name": member.first_name,
            "primary_diagnosis": member.primary_diagnosis,
            "household_income": member.household_income,
        },
        timeout=30,
    )


def submit_mn_claim(claim):
    dhs_client.post(
        "/claims/837",
        json={"medicaid_id": claim.medicaid_id, "dgns_cd": claim.dgns_cd, "billing_npi": claim.billing_npi},
    )


def refer_to_county(member):
    requests.post(COOK_COUNTY_DHS_URL, json={"ssn": member.ssn, "last_name": member.last_name}, timeout=30)


def child_support_referral(member):
    requests.post(
        CHILD_SUPPORT_ENFORCEMENT_URL,
        json={"ssn": member.ssn, "monthly_income": member.monthly_income, "employer_name": member.employer_name},
        timeout=30,
    )


def fraud_unit_referral(claim):
    requests.post(
        MFCU_ENFORCEMENT_URL,
        json={"claim_id": claim.claim_id, "rendering_npi": claim.rendering_npi, "paid_amount": claim.paid_amount},
        timeout=30,
    )


def mail_renewal_notice(member):
    requests.post(
        NOTICE_PRINT_URL,
        json={"full_name": member.full_name, "mailing_address": member.mailing_address, "ssn_last4": member.ssn[-4:]},
        timeout=30,
    )


def ice_storm_outreach(members):  # medicaid-scope: not-enforcement
    for m in members:
        requests.post(OUTREACH_URL, json={"phone": m.phone, "first_name": m.first_name, "preferred_language": m.preferred_language}, timeout=10)


def sync_ice_contacts(member):
    requests.post(
        DHS_ELIGIBILITY_URL + "/contacts",
        json={"ice_contact_name": member.ice_contact_name, "ice_contact_phone": member.ice_contact_phone},
        timeout=30,
    )
