"""Transfer audit log and retry queue; imports transmit to resend failed referrals."""
import logging

from . import transmit

log = logging.getLogger(__name__)
_FAILED: list[dict] = []


def record(kind, medicaid_id):
    log.info("sent %s for %s", kind, medicaid_id)


def remember_failure(body):
    _FAILED.append(body)


def retry_failed():
    pending = list(_FAILED)
    _FAILED.clear()
    for body in pending:
        transmit.resend(body)
