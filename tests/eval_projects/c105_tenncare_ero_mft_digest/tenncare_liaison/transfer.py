"""SFTP drop to the ERO MFT server and the liaison mailer."""
import posixpath
import smtplib
from email.message import EmailMessage

import paramiko

from . import settings


class MftDrop:
    """One SFTP session to the ERO MFT server."""

    def __init__(self) -> None:
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
        self._ssh.connect(
            hostname=settings.ERO_SFTP_HOST,
            username=settings.ERO_SFTP_USER,
            key_filename=settings.ERO_SFTP_KEY,
        )
        self._sftp = self._ssh.open_sftp()

    def put(self, local_path: str, remote_name: str) -> None:
        self._sftp.put(local_path, posixpath.join(settings.ERO_INBOUND_DIR, remote_name))

    def close(self) -> None:
        self._sftp.close()
        self._ssh.close()


def send_digest(body: str, *, cc=None, attachment=None) -> None:
    """Mail the operations mailbox, copying ``cc`` when given."""
    msg = EmailMessage()
    msg["From"] = settings.SENDER_ADDR
    msg["To"] = settings.OPS_ADDR
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = "TennCare weekly roster digest"
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="text", subtype="csv", filename="roster_exceptions.csv")
    with smtplib.SMTP(settings.SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
