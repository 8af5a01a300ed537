"""S3 document store for case files."""
import json

import boto3

from .config import AWS_REGION, HANDOFF_BUCKET


class CaseFileStore:
    """Writes JSON documents under a key in the hand-off bucket."""

    def __init__(self):
        self._s3 = boto3.client("s3", region_name=AWS_REGION)
        self.bucket = HANDOFF_BUCKET

    def put_json(self, key, document):
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=json.dumps(document, default=str).encode("utf-8"),
            ContentType="application/json",
        )
