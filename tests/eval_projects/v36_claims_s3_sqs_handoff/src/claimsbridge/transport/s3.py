import boto3

from ..settings import ARCHIVE_BUCKET, AWS_REGION, HANDOFF_BUCKET


class HandoffUploader:
    def __init__(self):
        self.bucket = HANDOFF_BUCKET
        self.s3 = boto3.client("s3", region_name=AWS_REGION)

    def upload(self, key, body):
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=body, ServerSideEncryption="aws:kms")


class ArchiveUploader:
    def __init__(self):
        self.bucket = ARCHIVE_BUCKET
        self.s3 = boto3.client("s3", region_name=AWS_REGION)

    def upload(self, key, body):
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=body)
