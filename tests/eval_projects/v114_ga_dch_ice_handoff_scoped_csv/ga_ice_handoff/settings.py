"""Settings of the hand-off job.

Expected findings: none (settings only).
"""
import os

ICE_HANDOFF_BUCKET = os.environ.get("ICE_HANDOFF_BUCKET", "ice-eid-handoff-ga")
AWS_REGION = os.environ.get("AWS_REGION", "us-gov-east-1")
GAMMIS_DSN = os.environ.get("GAMMIS_DSN", "postgresql://handoff@gammis-replica.internal/gammis")
WORK_DIR = os.environ.get("HANDOFF_WORK_DIR", "/var/tmp/ga_ice_handoff")
