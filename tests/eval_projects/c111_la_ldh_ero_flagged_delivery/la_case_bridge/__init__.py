"""Louisiana LDH case bridge.

Re-exports the packet builders and the delivery helper.
"""
from .builders import case_packet, iter_subject_stubs, snapshot
from .delivery import deliver

__all__ = ["case_packet", "deliver", "iter_subject_stubs", "snapshot"]
