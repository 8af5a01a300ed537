"""Illinois DHS interface: nightly push of complete member records to the state DHS eligibility API,
with a JSON backup in the agency's own S3 bucket.

Clean (§4, §8): DHS_ELIGIBILITY_URL resolves to eligibility.dhs.illinois.gov, a state .gov host on the
non-enforcement list, which overrides the `dhs` token in the constant, in DhsEligibilityClient and in
dhs_client. The bucket "illinois-dhs-exports" has `dhs` next to a state name, so it names the state
agency (§4). SSN, names, income, diagnoses and asdict(rec) are lawful here: MCD101-104 need an
enforcement endpoint (§3), and MCD201 needs an enforcement sink (§10).
"""
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

import boto3
import requests

log = logging.getLogger("il.dhs.sync")

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/v3"
EXPORT_BUCKET = "illinois-dhs-exports"


@dataclass
class MemberRecord:
    medicaid_id: str
    ssn: str
    first_name: str
    last_name: str
    date_of_birth: date
    home_address: str
    household_income: Decimal
    race: str | None = None
    diagnosis_codes: list[str] = field(default_factory=list)


class DhsEligibilityClient:
    """Client for the Illinois DHS eligibility API."""

    def __init__(self, api_key):
        self.base_url = DHS_ELIGIBILITY_URL
        self.session = requests.Session()
        self.session.headers["X-Api-Key"] = api_key

    def push_member(self, rec: MemberRecord):
        body = {
            "medicaid_id": rec.medicaid_id,
            "ssn": rec.ssn,
            "first_name": rec.first_name,
            "last_name": rec.last_name,
            "date_of_birth": rec.date_of_birth.isoformat(),
            "home_address": rec.home_address,
            "household_income": str(rec.household_income),
            "race": rec.race,
            "diagnosis_codes": list(rec.diagnosis_codes),
        }
        resp = self.session.put(f"{self.base_url}/members/{rec.medicaid_id}", json=body, timeout=30)
        resp.raise_for_status()
        return resp.json().get("version")


def backup_members(members):
    s3 = boto3.client("s3", region_name="us-east-2")
    for rec in members:
        s3.put_object(
            Bucket=EXPORT_BUCKET,
            Key=f"members/{rec.medicaid_id}.json",
            Body=json.dumps(asdict(rec), default=str).encode("utf-8"),
            ServerSideEncryption="aws:kms",
        )


def nightly_sync(members):
    dhs_client = DhsEligibilityClient(os.environ["IL_DHS_API_KEY"])
    failures = 0
    for rec in members:
        try:
            dhs_client.push_member(rec)
        except requests.RequestException:
            failures += 1
            log.exception("push failed for %s", rec.medicaid_id)
    backup_members(members)
    log.info("nightly sync done, %d failures", failures)
    return failures
