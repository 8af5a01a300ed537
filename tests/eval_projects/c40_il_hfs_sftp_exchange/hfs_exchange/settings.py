"""Hosts, directories and codes; every value can be overridden by the scheduler."""
import os
from pathlib import Path

ICE_SFTP_HOST = os.environ.get("ICE_SFTP_HOST", "sftp.eid.ice.gov")
IL_DHS_MFT_HOST = os.environ.get("IL_DHS_MFT_HOST", "mft.dhs.illinois.gov")
SFTP_USER = os.environ.get("SFTP_USER", "hfs-batch")
SFTP_KEY_FILE = os.environ.get("SFTP_KEY_FILE", "/etc/hfs-exchange/id_ed25519")

EXPORT_DIR = Path(os.environ.get("EXPORT_DIR", "/var/spool/hfs-exchange"))

# Immigration status code the warehouse uses for "no lawful status".
UNLAWFUL_PRESENCE_CODE = os.environ.get("UNLAWFUL_PRESENCE_CODE", "U")
