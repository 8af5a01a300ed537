"""Deployment constants for the TAF hand-off job."""

HANDOFF_BUCKET = "ice-eid-handoff-prod"
HANDOFF_KEY = "taf/referrals.csv"
ARCHIVE_BUCKET = "il-dhs-taf-archive"
TARGET_COUNTIES = ("031", "043", "089")
