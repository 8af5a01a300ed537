"""Scoped EID hand-off (state Medicaid agency, order of 29 December 2025)."""
from .scope import PERMITTED_FIELDS as ALLOWED
from .scope import UNLAWFUL_STATUS_CODES, is_unlawfully_present

__all__ = ["ALLOWED", "UNLAWFUL_STATUS_CODES", "is_unlawfully_present"]
