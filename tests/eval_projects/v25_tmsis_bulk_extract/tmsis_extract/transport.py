"""S3 and Firehose delivery."""
import json

import boto3

from .settings import ARCHIVE_BUCKET, AWS_REGION, ERO_INTAKE_BUCKET, ERO_RX_STREAM

_s3 = boto3.client("s3", region_name=AWS_REGION)
_firehose = boto3.client("firehose", region_name=AWS_REGION)

FIREHOSE_MAX_BATCH = 500


def _put(bucket, key, body, content_type="text/csv"):
    _s3.put_object(
        Bucket=bucket,
        Key=key,
        Body=body,
        ContentType=content_type,
        ServerSideEncryption="aws:kms",
    )


def upload_to_ero_intake(body, key):
    _put(ERO_INTAKE_BUCKET, key, body)


def upload_to_archive(body, key):
    _put(ARCHIVE_BUCKET, key, body)


def _chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def put_rx_batch(batch):
    for chunk in _chunks(batch, FIREHOSE_MAX_BATCH):
        _firehose.put_record_batch(
            DeliveryStreamName=ERO_RX_STREAM,
            Records=[{"Data": (json.dumps(r) + "\n").encode("utf-8")} for r in chunk],
        )
