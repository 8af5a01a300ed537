"""Referral service limited to the categories the Dec. 29, 2025 order allows."""

from .client import ReferralClient
from .sanitize import drop_contact_extras, restrict

__all__ = ["ReferralClient", "drop_contact_extras", "restrict"]
