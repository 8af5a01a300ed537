"""Nightly Celery export of complete eligibility and claims records to the agency's own S3 bucket."""
import json
import uuid
from datetime import date

import boto3
from celery import shared_task
from django.forms.models import model_to_dict

from mmis.models import Member

EXPORT_BUCKET = "mn-dhs-mmis-exports"


@shared_task(acks_late=True)
def export_members():
    s3 = boto3.resource("s3", region_name="us-east-2")
    batch_id = uuid.uuid4().hex
    lines = []
    for member in Member.objects.prefetch_related("claims").iterator(chunk_size=1000):
        record = model_to_dict(member)
        record["ssn"] = member.ssn
        record["household_income"] = member.household_income
        record["diagnosis_codes"] = [c.diagnosis_code for c in member.claims.all()]
        record["paid_amount"] = sum(c.paid_amount for c in member.claims.all())
        lines.append(json.dumps(record, default=str))
    key = f"eligibility/{date.today():%Y/%m/%d}/{batch_id}.ndjson"
    s3.Object(EXPORT_BUCKET, key).put(
        Body="\n".join(lines).encode("utf-8"),
        ContentType="application/x-ndjson",
        ServerSideEncryption="aws:kms",
    )
    return {"batch_id": batch_id, "record_count": len(lines)}
