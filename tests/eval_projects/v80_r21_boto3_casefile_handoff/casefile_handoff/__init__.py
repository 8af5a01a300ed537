"""Case-file hand-off for a Texas managed-care organization."""
from .config import ARCHIVE_BUCKET, AWS_REGION, HANDOFF_BUCKET, REFERRAL_QUEUE_URL
from .storage import CaseFileStore
from . import messaging

__all__ = [
    "ARCHIVE_BUCKET",
    "AWS_REGION",
    "HANDOFF_BUCKET",
    "REFERRAL_QUEUE_URL",
    "CaseFileStore",
    "messaging",
]
