"""SFTP drop box client (paramiko)."""
import io
import posixpath

import paramiko

from .settings import ERO_INBOX_DIR, ERO_SFTP_HOST, ERO_SFTP_PORT, ERO_SFTP_USER


class EroMftDrop:
    """Puts text files into the partner's inbound directory."""

    def __init__(self, key_path="/etc/mft/id_ed25519"):
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
        self._ssh.connect(hostname=ERO_SFTP_HOST, port=ERO_SFTP_PORT, username=ERO_SFTP_USER, key_filename=key_path)
        self._sftp = self._ssh.open_sftp()

    def drop(self, remote_name, text):
        remote_path = posixpath.join(ERO_INBOX_DIR, remote_name)
        self._sftp.putfo(io.BytesIO(text.encode("utf-8")), remote_path)

    def close(self):
        self._sftp.close()
        self._ssh.close()
