"""Eligibility sync for the Minnesota Department of Human Services (vendor build)."""
from .settings import CARE_CRM_URL, DHS_ELIGIBILITY_URL, DHS_SAVE_URL
from .clients import DhsEligibilityClient, DhsSaveClient

__all__ = [
    "CARE_CRM_URL",
    "DHS_ELIGIBILITY_URL",
    "DHS_SAVE_URL",
    "DhsEligibilityClient",
    "DhsSaveClient",
]
