"""Managed file transfer."""
import os
import posixpath

import paramiko

from . import settings

ERO_INBOUND_DIR = "/inbound/medicaid"
STATE_ARCHIVE_DIR = "/okhca/archive"


def upload_to_ero(local_path: str) -> None:
    with paramiko.SSHClient() as ssh:
        ssh.load_system_host_keys()
        ssh.connect(
            hostname=settings.ERO_SFTP_HOST,
            username=settings.ERO_SFTP_USER,
            key_filename=settings.SFTP_KEY_FILE,
        )
        with ssh.open_sftp() as sftp:
            sftp.put(local_path, posixpath.join(ERO_INBOUND_DIR, os.path.basename(local_path)))


def upload_to_state(local_path: str) -> None:
    with paramiko.SSHClient() as ssh:
        ssh.load_system_host_keys()
        ssh.connect(
            hostname=settings.OK_MFT_HOST,
            username=settings.OK_MFT_USER,
            key_filename=settings.SFTP_KEY_FILE,
        )
        with ssh.open_sftp() as sftp:
            sftp.put(local_path, posixpath.join(STATE_ARCHIVE_DIR, os.path.basename(local_path)))
