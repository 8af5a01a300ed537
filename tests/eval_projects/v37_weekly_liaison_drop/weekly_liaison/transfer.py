import io

import paramiko

from .config import SFTP_HOST, SFTP_KEY_FILE, SFTP_USER


class DropboxUploader:
    def __init__(self):
        self.host = SFTP_HOST

    def put_bytes(self, data, remote_name):
        ssh = paramiko.SSHClient()
        ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
        ssh.load_system_host_keys()
        ssh.connect(hostname=self.host, username=SFTP_USER, key_filename=SFTP_KEY_FILE)
        try:
            sftp = ssh.open_sftp()
            sftp.putfo(io.BytesIO(data), f"/inbound/{remote_name}")
        finally:
            ssh.close()
