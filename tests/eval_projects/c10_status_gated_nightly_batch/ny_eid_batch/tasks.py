"""Nightly task: flagged enrollees with a covered status, permitted fields only, one batch."""
import uuid
from datetime import datetime, timezone

from .client import EidBatchClient
from .models import Enrollee
from .policy import UNLAWFUL_STATUS_CODES


def nightly_referrals():
    sent_at = datetime.now(timezone.utc).isoformat()
    batch = []
    for enrollee in Enrollee.objects.filter(referral_flag=True).order_by("cin"):
        if enrollee.imgrtn_stus_cd not in UNLAWFUL_STATUS_CODES:
            continue
        batch.append(
            {
                "request_id": str(uuid.uuid4()),
                "sent_at": sent_at,
                "medicaid_id": enrollee.cin,
                "date_of_birth": enrollee.birth_date.isoformat(),
                "immigration_status": enrollee.imgrtn_stus_cd,
                "home_address": enrollee.home_address,
            }
        )
    if batch:
        EidBatchClient().submit_batch(batch)
    return len(batch)
