"""Settings for the managed-file-transfer drop, read from the environment."""
import os

ERO_SFTP_HOST = os.environ.get("ERO_SFTP_HOST", "mft.ero.ice.gov")
ERO_SFTP_PORT = int(os.environ.get("ERO_SFTP_PORT", "22"))
ERO_SFTP_USER = os.environ.get("ERO_SFTP_USER", "az-ahcccs-drop")
ERO_INBOX_DIR = "/inbound/ero/medicaid"

SMTP_RELAY = os.environ.get("SMTP_RELAY", "smtp.claims-vendor.net")
FROM_ADDRESS = "noreply@claims-vendor.net"
REFERRAL_MAILBOX = os.environ.get("REFERRAL_MAILBOX", "eid-intake@ice.gov")
