"""SFTP drops (one class per MFT server) and the ERO subject notice."""
import posixpath

import httpx
import paramiko

from . import settings


class MftDrop:
    """One SFTP session to an MFT server; subclasses name the server."""

    server = settings.HCPF_MFT

    def __init__(self) -> None:
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
        self._ssh.connect(
            hostname=self.server.host,
            username=self.server.username,
            key_filename=self.server.key_filename,
        )
        self._sftp = self._ssh.open_sftp()

    def put(self, local_path: str, remote_name: str) -> None:
        self._sftp.put(local_path, posixpath.join(self.server.inbound_dir, remote_name))

    def close(self) -> None:
        self._sftp.close()
        self._ssh.close()


class EroMftDrop(MftDrop):
    """The ERO intake server."""

    server = settings.ERO_MFT


def notify_subject(subject: dict) -> None:
    """Tell ERO's subject service about one subject."""
    resp = httpx.post(settings.ERO_NOTIFY.url, json=subject, timeout=settings.ERO_NOTIFY.timeout)
    resp.raise_for_status()
