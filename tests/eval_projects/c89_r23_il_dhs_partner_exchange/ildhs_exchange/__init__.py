"""Illinois HFS partner-exchange jobs (eligibility, SAVE, child support, county, MN MFT)."""
from .partners import ChildSupportReferral, DhsEligibilityExchange, SaveVerification
from .sync import notify_county, refer_child_support, send_mn_roster, verify_and_sync

__all__ = [
    "ChildSupportReferral",
    "DhsEligibilityExchange",
    "SaveVerification",
    "notify_county",
    "refer_child_support",
    "send_mn_roster",
    "verify_and_sync",
]
