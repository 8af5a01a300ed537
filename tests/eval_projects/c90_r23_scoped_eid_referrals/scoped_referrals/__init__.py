"""Scoped ICE EID referral connector (six basic categories only)."""
from .client import EidClient
from .schemas import IceReferral

__all__ = ["EidClient", "IceReferral"]
