"""Minimum-necessary EID referrals (Dec. 29, 2025 order, effective 2026-01-06)."""
from .policy import BASIC_FIELDS, is_unlawfully_present, restrict_to_basic

__all__ = ["BASIC_FIELDS", "is_unlawfully_present", "restrict_to_basic"]
