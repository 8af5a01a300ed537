"""Upload helpers: ERO MFT (SFTP), ERO drop bucket (S3) and the agency archive (S3)."""
from __future__ import annotations

import io

import boto3
import paramiko

from fl_confirmations import config


def push_to_ero_mft(data: bytes) -> None:
    """Put one CSV on the ERO MFT inbox (fixed file name, picked up by ERO's poller)."""
    client = paramiko.SSHClient()
    client.load_host_keys(config.ERO_MFT_KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=config.ERO_MFT_HOST,
        port=config.ERO_MFT_PORT,
        username=config.ERO_MFT_USER,
        key_filename=config.ERO_MFT_KEY_PATH,
        timeout=30,
    )
    try:
        sftp = client.open_sftp()
        sftp.putfo(io.BytesIO(data), config.ERO_MFT_REMOTE_PATH, confirm=True)
        sftp.close()
    finally:
        client.close()


def drop_to_ero_bucket(data: bytes) -> None:
    s3 = boto3.client("s3", region_name=config.AWS_REGION)
    s3.put_object(
        Bucket=config.ERO_DROP_BUCKET,
        Key=config.ERO_DROP_KEY,
        Body=data,
        ContentType="text/csv",
        ServerSideEncryption="aws:kms",
    )


def archive_to_s3(data: bytes, key: str) -> None:
    s3 = boto3.client("s3", region_name=config.AWS_REGION)
    s3.put_object(
        Bucket=config.ARCHIVE_BUCKET,
        Key=f"{config.ARCHIVE_PREFIX}/{key}",
        Body=data,
        ServerSideEncryption="aws:kms",
    )
