"""S3 writers (subclasses pick the bucket) and the SQS notice."""
import json

import boto3

from . import settings


class S3Writer:
    bucket = ""

    def __init__(self) -> None:
        self._s3 = boto3.client("s3", region_name=settings.AWS_REGION)

    def put_bytes(self, key: str, body: bytes) -> None:
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=body,
            ServerSideEncryption="aws:kms",
        )

    def put_json(self, key: str, document: dict) -> None:
        self.put_bytes(key, json.dumps(document, default=str).encode("utf-8"))


class HandoffWriter(S3Writer):
    bucket = settings.ICE_HANDOFF_BUCKET


class ArchiveWriter(S3Writer):
    bucket = settings.ARCHIVE_BUCKET


def notify_handoff(batch_id: str, record_count: int) -> None:
    """Tell ERO's loader that a drop is ready."""
    sqs = boto3.client("sqs", region_name=settings.AWS_REGION)
    sqs.send_message(
        QueueUrl=settings.ERO_NOTICE_QUEUE_URL,
        MessageBody=json.dumps(
            {"batch_id": batch_id, "record_count": record_count, "schema_version": "2.1"}
        ),
        MessageGroupId="mi-handoff",
        MessageDeduplicationId=batch_id,
    )
