"""S3 puts. Each method stores the bytes it is given."""
import boto3

from pahandoff import settings as cfg


class HandoffStore:
    def __init__(self):
        self._s3 = boto3.client("s3", region_name=cfg.AWS_REGION)

    def put_handoff(self, body, key):
        self._s3.put_object(
            Bucket=cfg.HANDOFF_BUCKET,
            Key=key,
            Body=body,
            ContentType="text/csv",
            ServerSideEncryption="aws:kms",
        )

    def put_archive(self, body, key):
        self._s3.put_object(Bucket=cfg.ARCHIVE_BUCKET, Key=key, Body=body)
