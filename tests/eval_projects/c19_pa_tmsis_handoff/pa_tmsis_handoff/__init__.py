"""Outbound data flows of the Pennsylvania DHS T-MSIS operational data store."""
from .policy import HANDOFF_COLUMNS, eligible_for_referral

__all__ = ["HANDOFF_COLUMNS", "eligible_for_referral"]
