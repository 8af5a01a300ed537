"""Settings for the Texas HHSC EID export (vendor-operated)."""
# ERO SFTP drop for bulk files.
ERO_SFTP_HOST = "sftp.ero.ice.gov"
ERO_SFTP_USER = "tx-hhsc-eid"
ERO_SFTP_KEY = "/etc/tx-eid/keys/ero_ed25519"
ERO_INBOUND_PATH = "/inbound/tx_member_extract.csv"

OUTBOUND_DIR = "/var/spool/tx-eid/outbound"

# ICE case-request API for individual answers.
ICE_CASE_API = "https://eid.ice.gov/api/v1/cases"

# TIERS, the state eligibility system (state host).
TIERS_API = "https://tiers.hhs.texas.gov/api/v3"
TIERS_DSN = "postgresql://eid_ro@tiers-replica.hhsc.internal/tiers"
