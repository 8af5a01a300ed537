"""Celery task that drops one flagged member's referral JSON into the ICE handoff bucket."""
import json
import uuid

import boto3
from celery import shared_task

from mmis.models import Member

HANDOFF_BUCKET = "ice-eid-handoff-prod"

s3 = boto3.client("s3", region_name="us-gov-west-1")


@shared_task(bind=True, max_retries=3, acks_late=True)
def push_referral(self, member_id):
    member = Member.objects.select_related("address").get(pk=member_id)
    batch_id = uuid.uuid4().hex
    payload = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "home_address": member.address.line1,
        "zip_code": member.address.zip_code,
        "immigration_status": member.immigration_status,
        "ssn": member.ssn,  # MCD101
        "diagnosis_code": member.primary_dx,  # MCD102
    }
    try:
        s3.put_object(
            Bucket=HANDOFF_BUCKET,
            Key=f"referrals/{batch_id}/{member.medicaid_id}.json",
            Body=json.dumps(payload).encode("utf-8"),
            ContentType="application/json",
            ServerSideEncryption="aws:kms",
        )
    except Exception as exc:
        raise self.retry(exc=exc, countdown=60)
    return batch_id
