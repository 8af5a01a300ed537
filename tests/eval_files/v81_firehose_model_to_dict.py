"""Nightly Celery job feeding whole member rows with a removable status into the ICE Firehose stream."""
import json

import boto3
from celery import shared_task
from django.forms.models import model_to_dict

from mmis.models import Member

DELIVERY_STREAM = "ice-eid-subject-feed"
REMOVABLE_CODES = ["3", "5", "7"]
CHUNK = 500


@shared_task(acks_late=True)
def feed_subjects():
    firehose = boto3.client("firehose", region_name="us-gov-west-1")
    flagged = list(Member.objects.filter(immigration_status__in=REMOVABLE_CODES))
    delivered = 0
    for start in range(0, len(flagged), CHUNK):
        records = []
        for m in flagged[start:start + CHUNK]:
            line = json.dumps(model_to_dict(m), default=str) + "\n"  # MCD103
            records.append({"Data": line.encode("utf-8")})
        resp = firehose.put_record_batch(
            DeliveryStreamName=DELIVERY_STREAM,
            Records=records,
        )
        delivered += len(records) - resp["FailedPutCount"]
    return delivered
