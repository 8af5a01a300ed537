"""Referral bridge built by a vendor for a county job-and-family-services office."""
from .settings import AGENCY_CODE, ICE_EID_BASE, REQUEST_TIMEOUT
from .client import ReferralClient

__all__ = ["AGENCY_CODE", "ICE_EID_BASE", "REQUEST_TIMEOUT", "ReferralClient"]
