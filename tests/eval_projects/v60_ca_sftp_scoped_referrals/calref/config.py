import os

SFTP_HOST = os.getenv("EID_SFTP_HOST", "mft.eid.ice.gov")
SFTP_PORT = 22
SFTP_USER = "medi-cal-xfer"
SFTP_KEY_PATH = "/etc/calref/keys/id_ed25519"
REMOTE_DIR = "/inbound/medi-cal"
SPOOL_DIR = "/var/spool/calref"
