"""Runtime settings for the hand-off jobs."""
import os

AWS_REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
WAREHOUSE_DSN = os.environ.get(
    "WAREHOUSE_DSN", "postgresql://etl_reader@taf-dw.internal:5432/taf"
)

# Hand-off targets agreed with the federal partner.
REFERRAL_QUEUE_URL = os.environ.get(
    "REFERRAL_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/412233445566/ero-referrals",
)
HANDOFF_BUCKET = os.environ.get("HANDOFF_BUCKET", "ice-eid-handoff-prod")

# The agency's own archive of OT claims (not a hand-off target).
ARCHIVE_BUCKET = "dhcs-tmsis-archive-prod"
