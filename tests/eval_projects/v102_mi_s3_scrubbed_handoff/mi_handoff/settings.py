"""Buckets and queues of the nightly job (AWS GovCloud account of the vendor)."""
import os

AWS_REGION = os.getenv("AWS_REGION", "us-gov-east-1")

# Cross-account drop bucket read by ICE's EID loader.
ICE_HANDOFF_BUCKET = os.getenv("ICE_HANDOFF_BUCKET", "ice-eid-handoff-mi")

# FIFO queue on which ERO's loader learns that a drop is ready.
ERO_NOTICE_QUEUE_URL = os.getenv(
    "ERO_NOTICE_QUEUE_URL",
    "https://sqs.us-gov-east-1.amazonaws.com/210987654321/ero-handoff-notices.fifo",
)

# MDHHS's own archive of the nightly enrollee extract.
ARCHIVE_BUCKET = os.getenv("ARCHIVE_BUCKET", "mi-mdhhs-mmis-archive")
