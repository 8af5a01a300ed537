"""County referral hub: federal referrals and Medi-Cal state sync."""

__version__ = "2.3.0"
