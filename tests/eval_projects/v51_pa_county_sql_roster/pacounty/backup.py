"""Backups to the state agency bucket."""
import gzip
import json

import boto3

from .settings import PA_BACKUP_BUCKET

_s3 = boto3.client("s3")


def backup(object_key: str, payload) -> None:
    _s3.put_object(
        Bucket=PA_BACKUP_BUCKET,
        Key=object_key,
        Body=gzip.compress(json.dumps(payload, default=str).encode("utf-8")),
    )
