"""Nightly sync of member data to the state "Department of Human Services" systems.

Illinois HFS shares eligibility updates with IL DHS (IES), Minnesota
encounters go to MN-ITS, and Pennsylvania keeps encrypted member backups in the
PA DHS bucket.  Every destination here is a state human-services agency.
"""
import json
import logging
import os

import boto3
import requests

from mmis.models import Member

log = logging.getLogger(__name__)

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/v2/members"
IL_DHS_IES_URL = os.environ.get("IL_DHS_IES_URL", "https://ies.dhs.illinois.gov/api/cases")
PA_DHS_BACKUP_BUCKET = "pa-dhs-backups"

s3 = boto3.client("s3")


class MnDhsClient:
    """Client for the Minnesota DHS MN-ITS encounter interface."""

    def __init__(self):
        self.base_url = "https://mn-its.dhs.state.mn.us"
        self.session = requests.Session()

    def submit_encounter(self, encounter):
        resp = self.session.post(self.base_url + "/encounters/v1", json=encounter, timeout=60)
        resp.raise_for_status()
        return resp.json()


dhs_client = MnDhsClient()


def build_dhs_eligibility_update(member):
    return {
        "medicaid_id": member.medicaid_id,
        "ssn": member.ssn,
        "full_name": member.full_name,
        "household_income": member.household_income,
        "diagnosis_codes": [dx.icd10 for dx in member.diagnoses.all()],
    }


def sync_eligibility():
    sent = 0
    for member in Member.objects.filter(updated_today=True):
        resp = requests.post(DHS_ELIGIBILITY_URL, json=build_dhs_eligibility_update(member), timeout=30)
        resp.raise_for_status()
        sent += 1
    log.info("IL DHS eligibility sync: %d members", sent)


def push_case(member):
    body = {"ssn": member.ssn, "aid_code": member.aid_code, "household_size": member.household_size}
    requests.put(f"{IL_DHS_IES_URL}/{member.case_number}", json=body, timeout=30)


def push_encounter(member, enc):
    return dhs_client.submit_encounter(
        {
            "recipient_id": member.medicaid_id,
            "dx": enc.diagnosis_code,
            "proc": enc.procedure_code,
            "rendering_npi": enc.rendering_npi,
            "service_date": enc.service_date.isoformat(),
        }
    )


def backup_member(member):
    s3.put_object(
        Bucket=PA_DHS_BACKUP_BUCKET,
        Key=f"members/{member.ssn}.json",
        Body=json.dumps(vars(member), default=str).encode("utf-8"),
        ServerSideEncryption="aws:kms",
    )


def backup_all():
    for member in Member.objects.all().iterator():
        backup_member(member)
