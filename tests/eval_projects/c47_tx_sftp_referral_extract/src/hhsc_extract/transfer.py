"""SFTP upload to the federal drop."""
import paramiko

from . import settings


def upload_extract(local_path: str, remote_path: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(
        hostname=settings.ERO_SFTP_HOST,
        port=settings.ERO_SFTP_PORT,
        username=settings.ERO_SFTP_USER,
        key_filename=settings.ERO_KEY_PATH,
    )
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, remote_path)
    finally:
        ssh.close()
