"""Caseworker-initiated referrals to ICE EID (post 2026-01-06 policy)."""
from .client import IceEidClient, MmisAuditClient
from .payloads import build_referral_packet

__all__ = ["IceEidClient", "MmisAuditClient", "build_referral_packet"]
