"""TIERS liaison notices."""
from .digest import weekly_digest
from .notices import notify

__all__ = ["notify", "weekly_digest"]
