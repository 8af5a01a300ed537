"""Gzipped NDJSON of basic-category fields uploaded to the ICE handoff bucket with the boto3 resource API."""
import gzip
import json
import os
import uuid
from datetime import date

import boto3

from mmis.models import Member

HANDOFF_BUCKET = os.getenv("ICE_HANDOFF_BUCKET", "ice-eid-handoff-prod")
UNLAWFUL_STATUS_CODES = ("3", "5")


def upload_basic_feed():
    batch_id = uuid.uuid4().hex
    local_path = f"/var/tmp/basic_{batch_id}.ndjson.gz"
    flagged = Member.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES).values(
        "medicaid_id",
        "date_of_birth",
        "mailing_address",
        "phone_number",
        "citizenship_status",
        "immigration_status",
    )
    with gzip.open(local_path, "wt", encoding="utf-8") as fh:
        for row in flagged.iterator():
            fh.write(json.dumps(row, default=str) + "\n")
    bucket = boto3.resource("s3", region_name="us-gov-west-1").Bucket(HANDOFF_BUCKET)
    bucket.upload_file(
        local_path,
        f"basic/{date.today():%Y/%m/%d}/{batch_id}.ndjson.gz",
        ExtraArgs={"ContentType": "application/x-ndjson", "ContentEncoding": "gzip"},
    )
    os.remove(local_path)
    return batch_id
