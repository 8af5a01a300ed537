SMTP_HOST = "smtp.agency.example.org"
SENDER = "medicaid-liaison@dhcs.ca.gov"
ERO_LIAISON = "ero-liaison@ice.dhs.gov"
AUDIT_CC = "privacy-audit@dhcs.ca.gov"

SFTP_HOST = "sftp.eid.ice.gov"
SFTP_USER = "ca-dhcs-xfer"
SFTP_KEY_FILE = "/etc/weekly-liaison/id_ed25519"

EXPORT_DIR = "/var/spool/weekly-liaison"
EXPORT_PATH = f"{EXPORT_DIR}/ice_referrals_weekly.csv"
