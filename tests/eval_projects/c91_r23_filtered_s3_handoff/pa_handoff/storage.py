"""S3 and SQS transports. Subclasses pick the bucket; the base uploads."""
import json

import boto3

from . import settings


class BucketWriter:
    bucket = ""

    def __init__(self):
        self._s3 = boto3.client("s3", region_name=settings.AWS_REGION)

    def upload(self, local_path, object_key):
        self._s3.upload_file(
            local_path,
            self.bucket,
            object_key,
            ExtraArgs={"ServerSideEncryption": "aws:kms"},
        )


class HandoffStore(BucketWriter):
    bucket = settings.HANDOFF_BUCKET


class ArchiveStore(BucketWriter):
    bucket = settings.ARCHIVE_BUCKET


class QueueNotifier:
    def __init__(self):
        self._sqs = boto3.client("sqs", region_name=settings.AWS_REGION)
        self.queue_url = settings.HANDOFF_QUEUE_URL

    def notify(self, message):
        self._sqs.send_message(QueueUrl=self.queue_url, MessageBody=json.dumps(message))
