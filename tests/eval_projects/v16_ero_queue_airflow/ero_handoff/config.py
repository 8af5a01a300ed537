"""Deployment constants for the hand-off DAG."""

AWS_REGION = "us-gov-west-1"
ERO_REFERRAL_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ero-referrals"

EXTRACT_BUCKET = "ca-dhcs-tmsis-extracts"
EXTRACT_CONN_ID = "dhcs_extracts"
