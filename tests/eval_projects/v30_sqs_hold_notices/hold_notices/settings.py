"""Queue endpoints and worker settings."""
from __future__ import annotations

import os
from enum import Enum


class QueueUrl(str, Enum):
    ERO_DETAINER_INTAKE = "https://sqs.us-gov-west-1.amazonaws.com/318272651020/ero-detainer-intake"
    COUNTY_CASE_UPDATES = "https://sqs.us-gov-west-1.amazonaws.com/318272651020/la-county-case-updates"


AWS_REGION = os.getenv("AWS_REGION", "us-gov-west-1")
CELERY_BROKER_URL = os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/3")
MESSAGE_GROUP = "hold-notices"
