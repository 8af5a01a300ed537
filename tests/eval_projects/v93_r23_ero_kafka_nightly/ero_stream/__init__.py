"""ERO referral event stream fed from the MMIS reporting database."""
from .publisher import ReferralPublisher

__all__ = ["ReferralPublisher"]
