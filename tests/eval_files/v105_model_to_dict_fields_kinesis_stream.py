"""Celery beat task: streams status-flagged members to the ICE EID Kinesis stream as model_to_dict(fields=...) records."""
import json
import logging

import boto3
from celery import shared_task
from django.forms.models import model_to_dict

from mmis.models import Member

log = logging.getLogger(__name__)

EID_STREAM = "ice-eid-subject-updates"
UNLAWFUL_CODES = ["3", "5"]

kinesis = boto3.client("kinesis", region_name="us-gov-west-1")


def _flush(records):
    resp = kinesis.put_records(StreamName=EID_STREAM, Records=records)
    if resp.get("FailedRecordCount"):
        log.warning("%s records failed", resp["FailedRecordCount"])


@shared_task(acks_late=True, max_retries=2)
def stream_flagged_members(chunk_size=250):
    queryset = Member.objects.filter(immigration_status__in=UNLAWFUL_CODES, active=True)
    pending = []
    sent = 0
    for member in queryset.iterator(chunk_size=chunk_size):
        record = model_to_dict(member, fields=["cin", "dob", "gender", "marital_status"])  # MCD101 MCD101
        pending.append(
            {
                "Data": json.dumps(record, default=str).encode("utf-8"),
                "PartitionKey": member.cin,
            }
        )
        if len(pending) == 500:
            _flush(pending)
            sent += len(pending)
            pending = []
    if pending:
        _flush(pending)
        sent += len(pending)
    return sent
