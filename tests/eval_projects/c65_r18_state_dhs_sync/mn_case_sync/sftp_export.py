"""SFTP push to the state's managed file transfer server."""

import posixpath

import paramiko

from .settings import MN_DHS_SFTP_HOST, MN_DHS_SFTP_USER, SFTP_KEY_PATH


def push_extract(local_path: str) -> None:
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=MN_DHS_SFTP_HOST, username=MN_DHS_SFTP_USER, key_filename=SFTP_KEY_PATH)
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, posixpath.join("/inbound", posixpath.basename(local_path)))
    finally:
        ssh.close()
