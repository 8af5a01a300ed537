"""Buckets and queues; the deployment overrides them per environment."""
import os

HANDOFF_BUCKET = os.environ.get("HANDOFF_BUCKET", "ice-eid-handoff-prod")
HANDOFF_QUEUE_URL = os.environ.get(
    "HANDOFF_QUEUE_URL",
    "https://sqs.us-east-1.amazonaws.com/481516234200/ero-referrals",
)
# Minnesota DHS (the state agency) archive of everything the vendor handles.
ARCHIVE_BUCKET = "mn-dhs-mmis-archive"

AWS_REGION = "us-east-1"
REMOVABLE_STATUSES = ("NO_LAWFUL_STATUS", "FINAL_ORDER_OF_REMOVAL")
