"""Handoff jobs."""
import uuid

from mmis.models import Enrollee

import handoff.transport as tx
from handoff.records import DROP_BEFORE_HANDOFF, basic_record, contact_record, subject_record
from handoff.settings import REMOVABLE_STATUSES


def handoff_one(enrollee_id: int) -> None:
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    body = subject_record(enrollee)
    tx.archive(f"subjects/{enrollee.cin}.json", body)
    tx.put_subject(f"subjects/{enrollee.cin}.json", body)  # MCD101 MCD101 MCD102


def handoff_redacted(enrollee_id: int) -> None:
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    body = subject_record(enrollee)
    for field in DROP_BEFORE_HANDOFF:
        body.pop(field, None)
    tx.put_subject(f"subjects/{enrollee.cin}.json", body)


def handoff_keyed_by_ssn(enrollee_id: int) -> None:
    """The legacy partner layout keys objects by SSN."""
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    tx.put_subject(f"by-ssn/{enrollee.ssn}.json", basic_record(enrollee))  # MCD101


def handoff_contact(enrollee_id: int) -> None:
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    tx.put_subject(f"contacts/{enrollee.cin}.json", contact_record(enrollee))  # MCD101 MCD102


def weekly_handoff(county_code: str) -> None:
    batch_id = uuid.uuid4().hex
    queryset = Enrollee.objects.filter(county_code=county_code).order_by("immigration_status")
    for enrollee in queryset:
        tx.put_subject(f"{batch_id}/{enrollee.cin}.json", basic_record(enrollee))  # MCD201
    tx.announce(batch_id)


def weekly_handoff_removable(county_code: str) -> None:
    batch_id = uuid.uuid4().hex
    queryset = Enrollee.objects.filter(
        county_code=county_code, immigration_status__in=REMOVABLE_STATUSES
    )
    for enrollee in queryset:
        tx.put_subject(f"{batch_id}/{enrollee.cin}.json", basic_record(enrollee))
    tx.announce(batch_id)


def archive_all() -> None:
    for enrollee in Enrollee.objects.all():
        tx.archive(f"full/{enrollee.cin}.json", subject_record(enrollee))
