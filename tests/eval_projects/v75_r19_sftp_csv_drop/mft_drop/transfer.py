"""SFTP upload to the partner's MFT server."""

import posixpath

import paramiko

from .settings import PARTNER_SFTP_HOST, REMOTE_INBOX, SFTP_KEY_PATH, SFTP_USER


def upload(local_path, remote_name):
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=PARTNER_SFTP_HOST, username=SFTP_USER, key_filename=SFTP_KEY_PATH)
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, posixpath.join(REMOTE_INBOX, remote_name))
    finally:
        ssh.close()
