"""Deployment settings (environment first, defaults for production)."""
import os

ERO_SFTP_HOST = os.getenv("ERO_SFTP_HOST", "sftp.ero.ice.gov")
ERO_SFTP_USER = os.getenv("ERO_SFTP_USER", "okhca-svc")
ERO_API_BASE = os.getenv("ERO_API_BASE", "https://api.ero.ice.gov/v1")

OK_MFT_HOST = os.getenv("OK_MFT_HOST", "mft.ok.gov")
OK_MFT_USER = os.getenv("OK_MFT_USER", "okhca-batch")

SFTP_KEY_FILE = os.getenv("SFTP_KEY_FILE", "/etc/okhca/id_ed25519")
SPOOL_DIR = os.getenv("SPOOL_DIR", "/var/spool/okhca")

REMOVAL_STATUS_CODE = os.getenv("REMOVAL_STATUS_CODE", "8")
