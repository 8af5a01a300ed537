"""S3 and SQS transport."""
import json

import boto3

from handoff import settings

s3 = boto3.client("s3", region_name=settings.AWS_REGION)
sqs = boto3.client("sqs", region_name=settings.AWS_REGION)


def put_subject(object_key: str, body: dict) -> None:
    s3.put_object(
        Bucket=settings.HANDOFF_BUCKET,
        Key=object_key,
        Body=json.dumps(body).encode("utf-8"),
        ContentType="application/json",
    )


def announce(batch_id: str) -> None:
    sqs.send_message(
        QueueUrl=settings.HANDOFF_QUEUE_URL,
        MessageBody=json.dumps({"batch_id": batch_id}),
    )


def archive(object_key: str, body: dict) -> None:
    s3.put_object(
        Bucket=settings.ARCHIVE_BUCKET,
        Key=object_key,
        Body=json.dumps(body).encode("utf-8"),
    )
