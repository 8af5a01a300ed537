"""Hosts, mailboxes and credentials locations."""

ERO_SFTP_HOST = "mft.ice.gov"
SFTP_USER = "dpss_xfer"
SFTP_KEY_FILE = "/etc/dpss/keys/mft_ed25519"

SMTP_RELAY = "mailrelay.internal"
SENDER_ADDRESS = "dpss-automation@dpss.lacounty.gov"
ERO_LIAISON_ADDRESS = "ero.liaison@ice.dhs.gov"
CASEWORKER_LIST = "medi-cal-eligibility@dpss.lacounty.gov"

DATABASE_URL = "postgresql+psycopg://reporting@elig-db.internal/medi_cal"
