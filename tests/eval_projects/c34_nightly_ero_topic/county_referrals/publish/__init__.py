from .kafka_pub import ReferralPublisher
from .notify import archive_export, send_batch_summary

__all__ = ["ReferralPublisher", "archive_export", "send_batch_summary"]
