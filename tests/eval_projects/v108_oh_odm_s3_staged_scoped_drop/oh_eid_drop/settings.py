"""Buckets and paths of the drop (vendor AWS GovCloud account), grouped in a SimpleNamespace."""
import os
from types import SimpleNamespace

AWS_REGION = os.environ.get("AWS_REGION", "us-gov-west-1")

BUCKETS = SimpleNamespace(
    # Cross-account drop bucket read by ICE's EID loader.
    eid_drop=os.environ.get("EID_DROP_BUCKET", "ice-eid-dropbox-oh"),
    # ODM's own archive of the daily Ohio Benefits extract.
    archive=os.environ.get("ARCHIVE_BUCKET", "oh-odm-ohben-archive"),
)

STAGING_DIR = os.environ.get("STAGING_DIR", "/var/spool/odm-drop")
