"""Hourly job: publish enrollee status changes to the partner topic."""
import logging
from datetime import timedelta

from django.utils import timezone

import nystatus.repository as repo
from nystatus import EventPublisher
from .events import status_event, audit_event as make_audit
from .settings import UNLAWFUL_STATUS_CODES

log = logging.getLogger(__name__)


def run(window_hours=24):
    since = timezone.now() - timedelta(hours=window_hours)
    publisher = EventPublisher()
    sent = 0
    for enrollee in repo.pending_changes(since):
        event = status_event(enrollee)
        publisher.publish_referral(event, enrollee.cin)  # MCD101 MCD101 MCD201
        publisher.publish_audit(make_audit(enrollee))
        sent += 1
    publisher.flush()
    log.info("published %d status referrals", sent)
    return sent


def run_minimal(window_hours=24):
    """Reduced mode agreed with counsel: status only, flagged enrollees only."""
    since = timezone.now() - timedelta(hours=window_hours)
    publisher = EventPublisher()
    flagged = repo.pending_changes(since).filter(imgrtn_stus_cd__in=UNLAWFUL_STATUS_CODES)
    for enrollee in flagged:
        publisher.publish_referral(
            {"cin": enrollee.cin, "immigration_status": enrollee.imgrtn_stus_cd},
            enrollee.cin,
        )
    publisher.flush()


def send_correction(enrollee, corrected_phone):
    """Caseworker-initiated correction of one enrollee's contact data."""
    publisher = EventPublisher()
    publisher.publish_referral(
        {
            "cin": enrollee.cin,
            "home_phone": corrected_phone,
            "update_channel": enrollee.update_channel,  # MCD104
            "ssn_last4": enrollee.ssn[-4:],  # MCD101
        },
        enrollee.cin,
    )
    publisher.flush()
