"""Bridge between the HFS member store, the IDHS eligibility API and federal partners."""
from .builders import build_ice_referral, eligibility_packet
from .clients import DhsEligibilityClient, EidReferralClient

__all__ = [
    "DhsEligibilityClient",
    "EidReferralClient",
    "build_ice_referral",
    "eligibility_packet",
]
