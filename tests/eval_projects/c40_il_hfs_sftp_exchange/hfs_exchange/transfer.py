"""SFTP drop boxes."""
import posixpath

import paramiko

from . import settings


class SftpDrop:
    def __init__(self, host: str, remote_dir: str) -> None:
        self.host = host
        self.remote_dir = remote_dir

    def put(self, local_path) -> None:
        ssh = paramiko.SSHClient()
        ssh.load_system_host_keys()
        ssh.connect(
            hostname=self.host,
            username=settings.SFTP_USER,
            key_filename=settings.SFTP_KEY_FILE,
        )
        try:
            sftp = ssh.open_sftp()
            sftp.put(str(local_path), posixpath.join(self.remote_dir, local_path.name))
            sftp.close()
        finally:
            ssh.close()


ICE_DROP = SftpDrop(settings.ICE_SFTP_HOST, "/inbound/medicaid")
STATE_DROP = SftpDrop(settings.IL_DHS_MFT_HOST, "/hfs/archive")
