"""Daily hand-off of eligibility extract rows to the ERO referral queue."""
from .publisher import EroQueuePublisher
from .schemas import SubjectRecord

__all__ = ["EroQueuePublisher", "SubjectRecord"]
