"""Extract settings."""

import os

AWS_REGION = os.getenv("AWS_REGION", "us-east-1")
EXPORT_BUCKET = os.getenv("EXPORT_BUCKET", "ero-referrals-prod")
