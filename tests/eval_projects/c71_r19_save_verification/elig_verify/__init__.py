"""Eligibility verification services of an Oregon Medicaid eligibility vendor."""

from .config.endpoints import DHS_ELIGIBILITY_URL, DHS_SAVE_URL

__all__ = ["DHS_ELIGIBILITY_URL", "DHS_SAVE_URL"]
