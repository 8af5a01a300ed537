"""Runtime settings for the exchange jobs."""
import os

AWS_REGION = os.environ.get("AWS_REGION", "us-east-2")
WAREHOUSE_DSN = os.environ.get(
    "WAREHOUSE_DSN", "postgresql://etl_reader@taf-dw.internal:5432/taf"
)

# Federal referral queue: only the six basic categories, only screened people.
REFERRAL_QUEUE_URL = os.environ.get(
    "REFERRAL_QUEUE_URL",
    "https://sqs.us-east-2.amazonaws.com/412233445566/ero-referrals",
)

# CMS inbound drop for T-MSIS claims files, and the agency's own archive.
CMS_DROPBOX_BUCKET = "cms-tmsis-inbound-mn"
ARCHIVE_BUCKET = "mn-dhs-tmsis-archive"
