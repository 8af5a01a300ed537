"""Settings, overridable from the environment."""

import os

PARTNER_SFTP_HOST = os.environ.get("PARTNER_SFTP_HOST", "mft.ero.ice.gov")
SFTP_USER = os.environ.get("SFTP_USER", "state_medicaid_drop")
SFTP_KEY_PATH = os.environ.get("SFTP_KEY_PATH", "/etc/mft_drop/id_ed25519")
REMOTE_INBOX = "/inbound"
SPOOL_DIR = os.environ.get("SPOOL_DIR", "/var/spool/mft_drop")
WEEKLY_EXTRACT = SPOOL_DIR + "/weekly_extract.csv"
STATUS_EXTRACT = SPOOL_DIR + "/status_changes.csv"
UNLAWFUL_PRESENCE_CODES = ("EWI", "OVS", "FO")
