"""Michigan MDHHS nightly enrollee archive and the scoped EID hand-off.

Re-exports the scrubber and the S3/SQS transports.
"""
from .policy import is_removable, scrub
from .storage import ArchiveWriter, HandoffWriter, notify_handoff

__all__ = ["ArchiveWriter", "HandoffWriter", "is_removable", "notify_handoff", "scrub"]
