"""Mail settings and destination mailboxes."""
import os

SMTP_HOST = os.getenv("SMTP_HOST", "smtp.mft-vendor.example.net")
SMTP_PORT = 587
SMTP_USER = os.getenv("SMTP_USER", "mft-dispatch")
SENDER = "mft-dispatch@mft-vendor.example.net"

ERO_REFERRAL_MAILBOX = "ero-sfr-referrals@ice.dhs.gov"
STATE_INTEGRITY_MAILBOX = "program.integrity@dhcs.ca.gov"
