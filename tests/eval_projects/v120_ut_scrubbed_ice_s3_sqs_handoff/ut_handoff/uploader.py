"""Uploads an NDJSON body to the ICE bucket and posts a notice to the ICE queue.

Scenario:
    Thin storage/messaging client: it sends what it is given. The notice
    carries only a constant event name and a record count.

Expected findings:
    none (a client that sends its parameters is clean by itself, SPEC section 3;
    the notice holds a constant and a record count, SPEC section 5)
"""
import json

import boto3

from .settings import ICE_HANDOFF_BUCKET, ICE_NOTIFY_QUEUE_URL


class HandoffUploader:
    def __init__(self) -> None:
        self._s3 = boto3.client("s3", region_name="us-gov-west-1")
        self._sqs = boto3.client("sqs", region_name="us-gov-west-1")

    def upload(self, key: str, body: bytes, record_count: int) -> None:
        self._s3.put_object(Bucket=ICE_HANDOFF_BUCKET, Key=key, Body=body, ServerSideEncryption="aws:kms")
        self._sqs.send_message(
            QueueUrl=ICE_NOTIFY_QUEUE_URL,
            MessageBody=json.dumps({"event": "handoff_ready", "record_count": record_count}),
        )
