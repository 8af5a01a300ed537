"""Exchanges with state human-services agencies whose names look like enforcement.

Minnesota, Pennsylvania and Illinois each run Medicaid out of a "Department of
Human Services", so "DHS" in these settings keys and buckets means the state
agency.  Holds that the agency files against ICE detainers are notices to the
state holds registry, not referrals to ICE.  Where the analysis cannot see a
URL (it comes from deployment settings), the call is marked with the
``not-enforcement`` pragma after review by counsel.
"""
import json
import os

import boto3
import requests
from django.conf import settings
from pydantic import BaseModel

HOLDS_URL = "https://holds.dhcs.ca.gov/api/notices"
ILLINOIS_DHS_EXPORT_BUCKET = "illinois-dhs-exports"
PA_DHS_PORTAL = os.environ["PA_DHS_PORTAL"]
ICE_EID_URL = "https://eid.ice.gov/api/v1/referrals"

s3 = boto3.client("s3")


class IceReferral(BaseModel):
    medicaid_id: str
    date_of_birth: str
    mailing_address: str
    phone_number: str
    citizenship_status: str
    immigration_status: str


def build_ice_hold_notice(m):
    return {
        "cin": m.cin,
        "full_name": m.full_name,
        "ssn": m.ssn,
        "detainer_number": m.detainer_number,
        "facility_name": m.facility_name,
    }


def file_hold_notice(m):
    return requests.post(HOLDS_URL, json=build_ice_hold_notice(m), timeout=30)


def send_to_mn_mmis(m):
    body = {"ssn": m.ssn, "household_income": m.household_income, "diagnosis_code": m.diagnosis_code}
    return requests.post(settings.MN_DHS_MMIS_URL, json=body, timeout=30)


def export_to_illinois(m):
    s3.put_object(Bucket=ILLINOIS_DHS_EXPORT_BUCKET, Key=f"members/{m.ssn}.json", Body=json.dumps(vars(m), default=str))


def sync_pa_portal(m):
    return requests.post(f"{PA_DHS_PORTAL}/members", json={"ssn": m.ssn, "race": m.race, "sex": m.sex}, timeout=30)


class DhsEligibilityClient:  # medicaid-scope: not-enforcement
    def __init__(self):
        self.session = requests.Session()

    def submit(self, m):
        payload = {"ssn": m.ssn, "first_name": m.first_name, "aid_code": m.aid_code}
        return self.session.post(settings.DHS_ELIGIBILITY_URL, json=payload, timeout=30)  # medicaid-scope: not-enforcement


def push_liaison(packet):  # medicaid-scope: enforcement
    return requests.post(ICE_EID_URL, json=packet, timeout=30)


def refer(m):
    referral = IceReferral(
        medicaid_id=m.medicaid_id,
        date_of_birth=m.date_of_birth,
        mailing_address=m.mailing_address,
        phone_number=m.phone_number,
        citizenship_status=m.citizenship_status,
        immigration_status=m.immigration_status,
    )
    push_liaison(referral.model_dump())
