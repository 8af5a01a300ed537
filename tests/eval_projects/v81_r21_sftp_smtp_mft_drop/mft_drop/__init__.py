"""Managed-file-transfer drop run by an Arizona claims vendor."""
from .settings import ERO_INBOX_DIR, ERO_SFTP_HOST, REFERRAL_MAILBOX
from .sftp_drop import EroMftDrop
from .mailer import send_notice

__all__ = ["ERO_INBOX_DIR", "ERO_SFTP_HOST", "REFERRAL_MAILBOX", "EroMftDrop", "send_notice"]
