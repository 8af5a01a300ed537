"""CountyLink: county Medicaid integrations."""
from .client import EroReferralClient

__all__ = ["EroReferralClient"]
