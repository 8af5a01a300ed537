"""Outbound integrations of the Illinois DHS eligibility system."""
from .clients import DhsEligibilityClient, IceEidClient
from .policy import REFERRAL_FIELDS, unlawfully_present_enrollees

__all__ = [
    "DhsEligibilityClient",
    "IceEidClient",
    "REFERRAL_FIELDS",
    "unlawfully_present_enrollees",
]
