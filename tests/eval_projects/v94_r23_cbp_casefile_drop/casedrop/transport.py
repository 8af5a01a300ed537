"""S3 and SFTP transports. Destinations come from settings."""
import json
import posixpath

import boto3
import paramiko

from . import settings


class S3Drop:
    def __init__(self):
        self._s3 = boto3.client("s3", region_name=settings.AWS_REGION)
        self.bucket = settings.CASEFILE_BUCKET

    def put_json(self, object_key, document):
        self._s3.put_object(
            Bucket=self.bucket,
            Key=object_key,
            Body=json.dumps(document, default=str).encode("utf-8"),
            ContentType="application/json",
            ServerSideEncryption="aws:kms",
        )


class SftpDrop:
    def __init__(self):
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.connect(
            hostname=settings.ICE_SFTP_HOST,
            username=settings.SFTP_USER,
            key_filename=settings.SFTP_KEY_PATH,
        )
        self._sftp = self._ssh.open_sftp()

    def upload(self, local_path, remote_file):
        self._sftp.put(local_path, posixpath.join(settings.SFTP_INBOUND_DIR, remote_file))
