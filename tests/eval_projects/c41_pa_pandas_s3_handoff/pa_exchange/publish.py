"""S3 publishing."""
import boto3

from .config.destinations import AWS_REGION

_s3 = boto3.client("s3", region_name=AWS_REGION)


def put_csv(frame, bucket: str, key: str) -> None:
    _s3.put_object(
        Bucket=bucket,
        Key=key,
        Body=frame.to_csv(index=False).encode("utf-8"),
        ContentType="text/csv",
    )
