"""S3 transfers."""
import boto3

from .config import ARCHIVE_BUCKET, HANDOFF_BUCKET, HANDOFF_KEY

_s3 = boto3.client("s3", region_name="us-east-2")


def archive_raw(body, key):
    _s3.put_object(Bucket=ARCHIVE_BUCKET, Key=key, Body=body)


def push_to_handoff(body):
    _s3.put_object(Bucket=HANDOFF_BUCKET, Key=HANDOFF_KEY, Body=body, ContentType="text/csv")
