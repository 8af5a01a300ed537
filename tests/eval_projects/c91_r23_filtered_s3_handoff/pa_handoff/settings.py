"""Buckets, queues and mail addresses for the handoff job."""
import os

AWS_REGION = os.getenv("AWS_REGION", "us-gov-west-1")

HANDOFF_BUCKET = os.getenv("HANDOFF_BUCKET", "ice-eid-handoff-prod")
HANDOFF_QUEUE_URL = os.getenv(
    "HANDOFF_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals",
)

# The agency's own backup bucket (Pennsylvania Department of Human Services).
ARCHIVE_BUCKET = os.getenv("ARCHIVE_BUCKET", "pa-dhs-backups")

SMTP_HOST = "smtp.dhs.pa.gov"
SENDER_ADDRESS = "mmis-handoff@pa.gov"
LIAISON_ADDRESS = "eid-intake@ice.gov"
