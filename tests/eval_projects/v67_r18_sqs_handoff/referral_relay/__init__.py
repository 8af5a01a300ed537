"""Referral relay: hands single enrollee referrals to the partner queue."""

from .builder import build_packet
from .transport import QueueTransport

__all__ = ["QueueTransport", "build_packet"]
