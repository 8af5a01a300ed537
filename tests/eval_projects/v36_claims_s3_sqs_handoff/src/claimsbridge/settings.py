AWS_REGION = "us-gov-west-1"

HANDOFF_BUCKET = "ice-eid-handoff-prod"
REFERRAL_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals"

ARCHIVE_BUCKET = "pa-dhs-backups"
