"""Deployment settings."""

import os

AWS_REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
REFERRAL_QUEUE_URL = os.environ.get(
    "REFERRAL_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ice-eid-referrals.fifo",
)
