"""S3 uploads of staged files; subclasses pick the bucket."""
import boto3

from . import settings


class S3Upload:
    bucket = settings.BUCKETS.archive

    def __init__(self) -> None:
        self._s3 = boto3.client("s3", region_name=settings.AWS_REGION)

    def upload(self, local_path: str, key: str) -> None:
        self._s3.upload_file(local_path, self.bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})


class EidDropUpload(S3Upload):
    bucket = settings.BUCKETS.eid_drop
