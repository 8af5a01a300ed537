"""State Medicaid agencies that are a 'Department of Human Services', named with their state.

Scenario: a multi-state MMIS fiscal agent posts eligibility updates to
Minnesota and Pennsylvania DHS and drops nightly exports in an S3 bucket of
Illinois DHS. The URLs come from Django settings and from os.environ[...]
with no default, so no host resolves and the names decide. A `dhs` token
next to a state name or postal code in the same name (`MN_DHS_API_URL`,
`PA_DHS_BASE_URL`, `pa_dhs_client`, `illinois-dhs-exports`) names a state
agency, not enforcement (SPEC section 4). SSNs, income, diagnoses, race and
case numbers are sent, and the file stays clean.
"""
import json
import os

import boto3
import httpx
import requests
from django.conf import settings

pa_dhs_client = httpx.Client(base_url=os.environ["PA_DHS_BASE_URL"], timeout=30)
s3 = boto3.client("s3")


def push_mn_eligibility(member):
    requests.put(
        f"{settings.MN_DHS_API_URL}/recipients/{member.pmi}",
        json={
            "ssn": member.ssn,
            "monthly_income": member.monthly_income,
            "diagnosis_codes": member.dx_codes,
        },
        timeout=30,
    )


def push_pa_case(case):
    pa_dhs_client.post("/cases", json={
        "case_number": case.case_number,
        "household_size": case.household_size,
        "race": case.race,
        "head_of_household_ssn": case.head_of_household_ssn,
    })


def export_illinois_nightly(batch_id, records):
    s3.put_object(
        Bucket="illinois-dhs-exports",
        Key=f"nightly/{batch_id}.json",
        Body=json.dumps(records).encode("utf-8"),
        ContentType="application/json",
    )
