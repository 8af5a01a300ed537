"""Georgia DCH member event publisher.

Publishes member-change events to DCH's audit topic and, since January 2026,
referral events to the topic read by ERO's intake connector.  Re-exports
the event builders.
"""
from .builders import build_ero_envelope, change_record, member_snapshot, referral_from_member

__all__ = ["build_ero_envelope", "change_record", "member_snapshot", "referral_from_member"]
