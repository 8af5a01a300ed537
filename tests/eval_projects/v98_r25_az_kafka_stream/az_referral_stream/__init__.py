"""AHCCCS referral bridge: streams member referral events to a Kafka topic.

Re-exports the event builder and the publisher used by the jobs and by
the Django management commands.
"""
from .builders import referral_event
from .transport import flush, publish_referral

__all__ = ["flush", "publish_referral", "referral_event"]
