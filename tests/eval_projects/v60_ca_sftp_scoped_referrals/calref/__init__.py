"""Medi-Cal scoped referral drop."""
from .fields import REFERRAL_FIELDS as ALLOWED_FIELDS

__all__ = ["ALLOWED_FIELDS"]
