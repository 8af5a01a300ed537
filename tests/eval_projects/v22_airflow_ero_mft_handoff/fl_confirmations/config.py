"""Connection ids, hosts, buckets and paths. Secrets live in Airflow connections."""

MMIS_REPLICA_CONN_ID = "fl_mmis_replica"
AWS_REGION = "us-east-1"

# agency archive (AHCA-owned account)
ARCHIVE_BUCKET = "fl-ahca-mmis-archive"
ARCHIVE_PREFIX = "tmsis"

# ERO managed file transfer
ERO_MFT_HOST = "mft.ero.ice.gov"
ERO_MFT_PORT = 22
ERO_MFT_USER = "fl-ahca-svc"
ERO_MFT_KEY_PATH = "/opt/airflow/keys/ero_mft_ed25519"
ERO_MFT_KNOWN_HOSTS = "/opt/airflow/keys/known_hosts"
ERO_MFT_REMOTE_PATH = "/inbound/fl-ahca/address_confirmations.csv"

# ERO drop bucket for disputed cases
ERO_DROP_BUCKET = "ero-intake-dropzone-prod"
ERO_DROP_KEY = "fl-ahca/disputed_cases.csv"
