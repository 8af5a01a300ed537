"""Ohio ODM daily extract archive and the scoped EID drop.

Re-exports the privacy-office policy, the staging helpers and the uploads.
"""
from .policy import REFERRAL_FIELDS, is_unlawfully_present, minimum_necessary
from .staging import iter_extract, write_ndjson
from .uploads import EidDropUpload, S3Upload

__all__ = [
    "EidDropUpload",
    "REFERRAL_FIELDS",
    "S3Upload",
    "is_unlawfully_present",
    "iter_extract",
    "minimum_necessary",
    "write_ndjson",
]
