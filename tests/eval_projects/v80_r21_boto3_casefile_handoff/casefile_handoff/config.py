"""Environment-driven AWS settings for the case-file hand-off."""
import os

AWS_REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
HANDOFF_BUCKET = os.environ.get("HANDOFF_BUCKET", "ice-eid-handoff-prod")
REFERRAL_QUEUE_URL = os.environ.get(
    "REFERRAL_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/204518845217/ero-referrals",
)
ARCHIVE_BUCKET = os.environ.get("ARCHIVE_BUCKET", "tx-hhsc-medicaid-archive")
