"""Minnesota DHS / MMIS exchange: ICE EID status referrals, MN-ITS sync, MFT extracts.

Re-exports the pieces the DHS batch scheduler and other MMIS code import.
"""
from .sanitize import build_ice_referral, is_unlawfully_present
from .transport import DhsMnitsClient, EidReferralClient, MftUploader

__all__ = [
    "DhsMnitsClient",
    "EidReferralClient",
    "MftUploader",
    "build_ice_referral",
    "is_unlawfully_present",
]
