"""Celery tasks (registered in celery.py) that feed the subject-intake API."""
import logging

from subject_sync.models import Enrollee
from subject_sync.settings import UNLAWFUL_STATUS_CODES

from .client import SubjectIntakeClient
from .payloads import subject_payload
from .policy import in_pilot_county, is_unlawfully_present

log = logging.getLogger(__name__)

_client = SubjectIntakeClient()


def sync_county(county_cd: str) -> int:
    """Nightly: every active enrollee of one county."""
    sent = 0
    qs = Enrollee.objects.filter(county_cd=county_cd, enrollment_status="ACTIVE")
    for enrollee in qs:
        body = subject_payload(enrollee)
        body["household_size"] = enrollee.household_size  # MCD101
        _client.push_subject(body)  # MCD201
        sent += 1
    return sent


def sync_final_orders() -> int:
    sent = 0
    qs = Enrollee.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
    for enrollee in qs:
        _client.push_subject(subject_payload(enrollee))
        sent += 1
    return sent


def sync_batch(enrollees) -> None:
    """Called by the review UI with the rows a reviewer ticked."""
    batch = [subject_payload(e) for e in enrollees if is_unlawfully_present(e)]
    if batch:
        _client.push_batch(batch)


def sync_review_queue() -> None:
    qs = Enrollee.objects.filter(review_queue="EID").order_by("immigration_status")
    for enrollee in qs:
        if enrollee.immigration_status == "UNKNOWN":
            log.warning("status unknown for %s; EID will resolve", enrollee.medicaid_id)
        _client.push_subject(subject_payload(enrollee))  # MCD201


def sync_pilot_counties(members) -> None:
    for m in members:
        if not in_pilot_county(m):
            continue
        _client.push_subject(subject_payload(m))  # MCD201


def export_noncitizens() -> None:
    rows = Enrollee.objects.exclude(citizenship_status="CITIZEN").values(
        "medicaid_id", "date_of_birth", "home_address", "phone_number", "immigration_status"
    )
    _client.push_batch([{**r, "date_of_birth": r["date_of_birth"].isoformat()} for r in rows])


def refer_one(medicaid_id: str) -> None:
    """Caseworker referral of one identified person."""
    enrollee = Enrollee.objects.get(medicaid_id=medicaid_id)
    _client.push_subject(subject_payload(enrollee))
