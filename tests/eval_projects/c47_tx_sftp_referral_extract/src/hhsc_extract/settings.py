"""Transfer settings."""
ERO_SFTP_HOST = "sftp.ero.ice.gov"
ERO_SFTP_PORT = 22
ERO_SFTP_USER = "hhsc_vendor"
ERO_KEY_PATH = "/etc/hhsc/keys/ero_sftp_ed25519"

EXTRACT_PATH = "/var/spool/hhsc/weekly_extract.csv"
REMOTE_PATH = "/inbound/referrals/weekly_extract.csv"
