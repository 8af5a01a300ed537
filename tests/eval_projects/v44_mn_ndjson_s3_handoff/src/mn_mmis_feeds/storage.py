"""S3 uploads."""
import boto3

from .settings import BUCKETS

_s3 = boto3.client("s3")


def upload_ice_handoff(path, key: str) -> None:
    _s3.upload_file(str(path), BUCKETS["ice_handoff"], key)


def upload_mn_dhs_mft(path, key: str) -> None:
    _s3.upload_file(str(path), BUCKETS["mn_dhs_mft"], key)
