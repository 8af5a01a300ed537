"""Referral integration between the county Medi-Cal case system and external partners."""
from .builders import add_ids, referral_packet
from .client import EidReferralClient, FhirClient

__all__ = ["EidReferralClient", "FhirClient", "add_ids", "referral_packet"]
