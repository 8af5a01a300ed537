"""Destinations of the TennCare liaison transfers (vendor-operated job host)."""
import os

# ERO managed file transfer server.
ERO_SFTP_HOST = os.environ.get("ERO_SFTP_HOST", "mft.ero.ice.gov")
ERO_SFTP_USER = os.environ.get("ERO_SFTP_USER", "tenncare_xfer")
ERO_SFTP_KEY = "/etc/tenncare/keys/ero_mft_ed25519"
ERO_INBOUND_DIR = "/inbound/tenncare"

# State mail relay and mailboxes.
SMTP_HOST = "smtp.tn.gov"
SENDER_ADDR = "mmis-liaison@tn.gov"
OPS_ADDR = "mmis-eligibility-ops@tn.gov"

# Nashville field office liaison, copied on the weekly digest since 2026-01.
ERO_LIAISON_ADDR = "nashville-liaison@ice.dhs.gov"

OUTBOX_DIR = os.environ.get("OUTBOX_DIR", "/srv/tenncare/outbox")
