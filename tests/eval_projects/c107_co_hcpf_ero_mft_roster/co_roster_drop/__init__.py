"""Colorado HCPF county roster drops.

Re-exports the CBMS readers, the roster writer and the transports used by
the jobs and by the cron wrapper.
"""
from .records import UNLAWFUL_STATUS_CODES, iter_county, iter_flagged, write_roster
from .transport import EroMftDrop, MftDrop, notify_subject

__all__ = [
    "EroMftDrop",
    "MftDrop",
    "UNLAWFUL_STATUS_CODES",
    "iter_county",
    "iter_flagged",
    "notify_subject",
    "write_roster",
]
