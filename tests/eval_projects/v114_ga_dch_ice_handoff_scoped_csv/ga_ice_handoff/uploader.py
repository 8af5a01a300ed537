"""S3 upload of a finished hand-off file.

Expected findings: none (uploads the file it is given; SPEC section 3).
"""
import boto3

from . import settings

_s3 = boto3.client("s3", region_name=settings.AWS_REGION)


def upload(path: str, key: str) -> None:
    _s3.upload_file(
        path,
        settings.ICE_HANDOFF_BUCKET,
        key,
        ExtraArgs={"ServerSideEncryption": "aws:kms", "ContentType": "text/csv"},
    )
