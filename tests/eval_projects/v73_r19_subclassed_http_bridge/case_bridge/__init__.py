"""Case bridge: files enrollee subjects with the partner's intake API."""

from .settings import PARTNER_API_BASE, SCHEMA_VERSION

__all__ = ["PARTNER_API_BASE", "SCHEMA_VERSION"]
