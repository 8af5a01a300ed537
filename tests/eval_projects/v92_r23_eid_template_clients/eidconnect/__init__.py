"""EID connector: referral clients and the escalation job."""
from .escalations import escalate, refer
from .referrals import IceReferralClient, StateEligibilityClient

__all__ = ["IceReferralClient", "StateEligibilityClient", "escalate", "refer"]
