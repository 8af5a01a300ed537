from .dhs import DhsEligibilityClient
from .partners import ChildSupportEnforcementClient, SaveClient, send_renewal_notice, sync_ice_contacts

__all__ = [
    "DhsEligibilityClient",
    "SaveClient",
    "ChildSupportEnforcementClient",
    "sync_ice_contacts",
    "send_renewal_notice",
]
