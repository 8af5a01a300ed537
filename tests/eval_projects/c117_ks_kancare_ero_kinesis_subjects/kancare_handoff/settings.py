"""Settings for the ERO stream hand-off.

Scenario:
    Stream name and region for the ICE ERO subject stream, read from the
    environment with defaults.

Expected findings:
    none (settings only; no data is placed or sent here)
"""
import os

ERO_SUBJECT_STREAM = os.environ.get("ERO_SUBJECT_STREAM", "ero-subject-handoff-prod")
AWS_REGION = os.environ.get("AWS_REGION", "us-east-1")
SCHEMA_VERSION = "kancare-ero-1"
