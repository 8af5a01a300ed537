"""Casefile sync: opens casefiles in the partner's bucket and pages its duty desk."""

from .conf import CASE_BUCKET, DUTY_INBOX

__all__ = ["CASE_BUCKET", "DUTY_INBOX"]
