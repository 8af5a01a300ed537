"""Renewal packets to Pennsylvania DHS, configured through a frozen settings dataclass.

Scenario: a county assistance office's renewal tool sends each due case's
renewal packet (SSN, names, income, household members, disability flag) to
the Pennsylvania Department of Human Services eligibility API and keeps a
CSV copy of the run in the department's S3 archive bucket. Every
destination comes from ``RenewalSettings``, whose defaults read the
environment with a fallback.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``SETTINGS.dhs_api_base`` folds (class constant, ``os.environ.get`` with a
  default) to ``ecis-api.dhs.pa.gov``: a state's own ``.gov`` domain
  (``pa.gov``), on the non-enforcement list, which overrides the ``dhs``
  name signal (SPEC section 4).
- The archive bucket ``pa-dhs-renewal-archive`` puts ``dhs`` next to the
  postal code ``pa``: a state agency, not enforcement (SPEC section 4).
- Every case of the run is sent without a status condition; MCD201 only
  concerns sends to enforcement endpoints (SPEC section 10).
"""
from __future__ import annotations

import csv
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import date

import boto3
import httpx

log = logging.getLogger("cao.renewals")


@dataclass(frozen=True)
class RenewalSettings:
    dhs_api_base: str = os.environ.get("DHS_API_BASE", "https://ecis-api.dhs.pa.gov/v1")
    dhs_archive_bucket: str = os.environ.get("DHS_ARCHIVE_BUCKET", "pa-dhs-renewal-archive")
    timeout: float = 30.0
    ca_bundle: str = "/etc/pki/tls/certs/ca-bundle.crt"


SETTINGS = RenewalSettings()
ARCHIVE_COLUMNS = ["case_number", "ssn", "last_name", "monthly_income", "status"]


def renewal_packet(case) -> dict:
    return {
        "case_number": case.case_number,
        "county_code": case.county_code,
        "head_of_household": {
            "ssn": case.head.ssn,
            "first_name": case.head.first_name,
            "last_name": case.head.last_name,
            "date_of_birth": case.head.date_of_birth.isoformat(),
        },
        "household_members": [
            {"ssn": p.ssn, "relationship": p.relationship, "disability_ind": p.disability_ind}
            for p in case.household_members
        ],
        "monthly_income": str(case.monthly_income),
        "renewal_due_date": case.renewal_due_date.isoformat(),
    }


def send_renewals(cases, run_date: date) -> str:
    results = []
    with httpx.Client(base_url=SETTINGS.dhs_api_base, timeout=SETTINGS.timeout, verify=SETTINGS.ca_bundle) as dhs:
        for case in cases:
            resp = dhs.post("/renewals", json=renewal_packet(case))
            status = "accepted" if resp.status_code == 202 else f"error {resp.status_code}"
            results.append(
                {
                    "case_number": case.case_number,
                    "ssn": case.head.ssn,
                    "last_name": case.head.last_name,
                    "monthly_income": case.monthly_income,
                    "status": status,
                }
            )
    return archive(results, run_date)


def archive(results: list[dict], run_date: date) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as tmp:
        writer = csv.DictWriter(tmp, fieldnames=ARCHIVE_COLUMNS)
        writer.writeheader()
        writer.writerows(results)
    key = f"renewals/{run_date:%Y/%m/%d}/run.csv"
    boto3.client("s3").upload_file(tmp.name, SETTINGS.dhs_archive_bucket, key)
    os.unlink(tmp.name)
    log.info("archived %d renewal results to s3://%s/%s", len(results), SETTINGS.dhs_archive_bucket, key)
    return key
