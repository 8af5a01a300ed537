"""Destination buckets and mail settings."""
import os

AWS_REGION = os.environ.get("AWS_REGION", "us-east-1")

BUCKETS = {
    "ice_handoff": os.environ.get("ICE_HANDOFF_BUCKET", "ice-eid-handoff-prod"),
    "state_archive": os.environ.get("PA_DHS_ARCHIVE_BUCKET", "pa-dhs-backups"),
}

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.pa.gov")
OPS_SENDER = "mco-batch@pa.gov"
OPS_RECIPIENTS = ("eligibility-ops@pa.gov", "mco-data-team@pa.gov")
