AWS_REGION = "us-east-1"

# Agency-owned archive (PA Department of Human Services).
ARCHIVE_BUCKET = "pa-dhs-mmis-extract-archive"

# Federal partner drop bucket and its notification queue.
HANDOFF_BUCKET = "ice-eid-handoff-prod"
NOTIFY_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/221082193716/ero-handoff-notices"
