"""Outbound integrations of the Illinois Department of Human Services
Medicaid eligibility system (IES)."""
from .clients import ChildSupportEnforcementClient, DhsEligibilityClient, SaveClient

__all__ = ["ChildSupportEnforcementClient", "DhsEligibilityClient", "SaveClient"]
