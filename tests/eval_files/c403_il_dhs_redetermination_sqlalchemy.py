"""Nightly redetermination feed from the Illinois Integrated Eligibility
System (IES) to the Illinois Department of Human Services eligibility API,
plus an archive copy in the agency's own S3 bucket.

CLEAN. Every name here says DHS, and the feed carries SSNs, names, income,
household size and diagnoses of many people, but the HTTP host is
eligibility.dhs.illinois.gov (a state .gov domain on the non-enforcement
list, which overrides the dhs name signal, SPEC 4) and the bucket
illinois-dhs-exports has "dhs" next to a state name (SPEC 4: a state
agency). No sink reaches enforcement, so no code of MCD101-104 or
MCD201 applies. No finding expected.
"""
import gzip
import json
import logging
import os
from datetime import date, timedelta

import boto3
import requests
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from ies.models import Enrollee, HouseholdIncome

log = logging.getLogger("ies.redetermination")

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/v2"
DHS_ARCHIVE_BUCKET = "illinois-dhs-exports"
BATCH_SIZE = 250

engine = create_engine(os.environ["IES_DATABASE_URL"], pool_pre_ping=True)
dhs_session = requests.Session()
s3 = boto3.client("s3", region_name="us-east-2")


def _due_statement(cutoff):
    return (
        select(
            Enrollee.rin,
            Enrollee.ssn,
            Enrollee.first_name,
            Enrollee.last_name,
            Enrollee.birth_date,
            Enrollee.household_size,
            HouseholdIncome.monthly_income,
            Enrollee.primary_diagnosis,
        )
        .join(HouseholdIncome, HouseholdIncome.case_number == Enrollee.case_number)
        .where(Enrollee.redetermination_date <= cutoff)
    )


def _to_payload(row):
    return {
        "rin": row.rin,
        "ssn": row.ssn,
        "name": f"{row.first_name} {row.last_name}",
        "dob": row.birth_date.isoformat(),
        "household_size": row.household_size,
        "monthly_income": str(row.monthly_income),
        "diagnosis": row.primary_diagnosis,
    }


def run(run_date=None):
    run_date = run_date or date.today()
    cutoff = run_date + timedelta(days=45)
    batch, sent = [], 0
    with Session(engine) as session:
        for row in session.execute(_due_statement(cutoff)):
            batch.append(_to_payload(row))
            if len(batch) >= BATCH_SIZE:
                dhs_session.post(f"{DHS_ELIGIBILITY_URL}/redeterminations", json=batch, timeout=60)
                sent += len(batch)
                batch = []
    if batch:
        dhs_session.post(f"{DHS_ELIGIBILITY_URL}/redeterminations", json=batch, timeout=60)
        sent += len(batch)

    archive = gzip.compress(json.dumps({"run_date": run_date.isoformat(), "sent": sent}).encode())
    s3.put_object(
        Bucket=DHS_ARCHIVE_BUCKET,
        Key=f"redetermination/{run_date:%Y/%m/%d}/summary.json.gz",
        Body=archive,
    )
    log.info("sent %d redetermination records to IL DHS", sent)
    return sent
