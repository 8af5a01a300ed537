"""Deployment settings (overridden by the Airflow connection/variables)."""
import os

AWS_REGION = os.environ.get("AWS_REGION", "us-gov-west-1")
WAREHOUSE_DSN = os.environ.get(
    "WAREHOUSE_DSN", "postgresql://etl@tmsis-stage.internal:5432/tmsis"
)
SUBMITTING_STATE = os.environ.get("SUBMITTING_STATE", "48")

# Interconnection Security Agreement ISA-2026-014, attachment B
ERO_INTAKE_BUCKET = "ero-medicaid-intake-prod"
ERO_RX_STREAM = "ero-rx-supplement"
EXTRACT_PREFIX = "weekly/"

# Our own seven-year retention copy, same AWS account
ARCHIVE_BUCKET = "tmsis-extract-archive"
