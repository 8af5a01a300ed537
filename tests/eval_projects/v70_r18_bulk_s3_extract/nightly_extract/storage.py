"""S3 upload of extract batches."""

import boto3

from .settings import AWS_REGION, EXPORT_BUCKET

_s3 = boto3.client("s3", region_name=AWS_REGION)


def upload_batch(key, lines):
    body = "\n".join(lines).encode("utf-8")
    _s3.put_object(Bucket=EXPORT_BUCKET, Key=key, Body=body, ContentType="application/x-ndjson")
