"""Nightly file handoff: write active members to a CSV, then upload it to the ICE EID S3 handoff bucket.

Flagged: the file is written from an enrollment_status queryset with no status test and uploaded to ICE.
"""
import csv
import tempfile
from datetime import date
from pathlib import Path

import boto3

from enrollment.models import Member

HANDOFF_BUCKET = "ice-eid-handoff-prod"


def nightly_handoff() -> str:
    out = Path(tempfile.mkdtemp()) / f"members_{date.today():%Y%m%d}.csv"
    with out.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[
            "medicaid_id",
            "date_of_birth",
            "home_address",
            "zip_code",
            "phone_number",
        ])
        writer.writeheader()
        for m in Member.objects.filter(enrollment_status="ACTIVE").iterator():
            writer.writerow({
                "medicaid_id": m.medicaid_id,
                "date_of_birth": m.date_of_birth.isoformat(),
                "home_address": m.home_address,
                "zip_code": m.zip_code,
                "phone_number": m.phone_number,
            })
    s3 = boto3.client("s3")
    s3.upload_file(str(out), HANDOFF_BUCKET, f"inbound/{out.name}")  # MCD201
    return out.name
