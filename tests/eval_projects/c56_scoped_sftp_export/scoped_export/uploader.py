"""SFTP drop to the ICE inbox."""
import io

import paramiko

from . import settings


def put_bytes(data, remote_name):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.load_system_host_keys()
    client.connect(hostname=settings.ICE_SFTP_HOST, username=settings.ICE_SFTP_USER, key_filename=settings.ICE_SFTP_KEY)
    try:
        sftp = client.open_sftp()
        sftp.putfo(io.BytesIO(data), f"{settings.ICE_INBOX_DIR}/{remote_name}")
    finally:
        client.close()
