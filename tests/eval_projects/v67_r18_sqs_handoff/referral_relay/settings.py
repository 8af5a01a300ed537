"""Deployment settings, overridable from the environment."""

import os

AWS_REGION = os.environ.get("AWS_REGION", "us-gov-west-1")

ICE_HANDOFF_QUEUE_URL = os.environ.get(
    "ICE_HANDOFF_QUEUE_URL",
    "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ice-eid-handoff-prod",
)

SCHEMA_VERSION = "2.3"
