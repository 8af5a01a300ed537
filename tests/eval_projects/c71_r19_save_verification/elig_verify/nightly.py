"""Nightly redetermination push to the state eligibility system, with an S3 archive copy."""

import json

import boto3

import elig_verify.api.clients as clients

from .config.endpoints import ARCHIVE_BUCKET

_s3 = boto3.client("s3", region_name="us-west-2")


def push_redeterminations(applicants):
    dhs = clients.DhsEligibilityClient()
    for applicant in applicants:
        dhs.post_json(f"/cases/{applicant.case_number}/redetermination", {
            "ssn": applicant.ssn,
            "household_income": applicant.household_income,
            "diagnosis_code": applicant.diagnosis_code,
            "is_pregnant": applicant.is_pregnant,
        })
        _s3.put_object(
            Bucket=ARCHIVE_BUCKET,
            Key=f"redeterminations/{applicant.case_number}.json",
            Body=json.dumps(vars(applicant), default=str).encode("utf-8"),
        )
