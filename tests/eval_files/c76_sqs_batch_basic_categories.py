"""Sends the order-compliant referral batch (six basic categories only) to the ICE intake queue."""
import json
import uuid

import boto3

from mmis.models import Member

ICE_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/412233445566/ice-eid-referral-intake.fifo"
UNLAWFUL_STATUS_CODES = ("3", "5")


def send_batch():
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    batch_id = uuid.uuid4().hex
    flagged = Member.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES).only(
        "medicaid_id",
        "date_of_birth",
        "home_address",
        "phone_number",
        "immigration_status",
    )
    entries = []
    for i, m in enumerate(flagged.iterator()):
        body = {
            "medicaid_id": m.medicaid_id,
            "date_of_birth": m.date_of_birth.isoformat(),
            "home_address": m.home_address,
            "phone_number": m.phone_number,
            "immigration_status": m.immigration_status,
        }
        entries.append({
            "Id": str(i),
            "MessageBody": json.dumps(body),
            "MessageGroupId": batch_id,
            "MessageDeduplicationId": f"{batch_id}-{i}",
        })
        if len(entries) == 10:
            sqs.send_message_batch(QueueUrl=ICE_QUEUE_URL, Entries=entries)
            entries = []
    if entries:
        sqs.send_message_batch(QueueUrl=ICE_QUEUE_URL, Entries=entries)
    return batch_id
