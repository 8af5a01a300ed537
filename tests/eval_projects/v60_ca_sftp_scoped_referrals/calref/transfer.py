"""SFTP drop to the federal exchange: uploads whatever file it is given."""
import posixpath

import paramiko

from . import config


class ReferralDrop:
    def __init__(self):
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())

    def upload(self, local_path):
        self._ssh.connect(
            hostname=config.SFTP_HOST,
            port=config.SFTP_PORT,
            username=config.SFTP_USER,
            key_filename=config.SFTP_KEY_PATH,
            timeout=60,
        )
        try:
            sftp = self._ssh.open_sftp()
            remote = posixpath.join(config.REMOTE_DIR, posixpath.basename(local_path))
            sftp.put(local_path, remote)
            sftp.close()
        finally:
            self._ssh.close()
