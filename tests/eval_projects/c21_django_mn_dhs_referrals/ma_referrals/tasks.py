"""Celery tasks (beat schedule in the project settings)."""
from __future__ import annotations

from celery import shared_task

from . import services
from .models import EmergencyContact, Enrollee


@shared_task
def sync_all_enrollees() -> int:
    count = 0
    for enrollee in Enrollee.objects.all().iterator(chunk_size=500):
        services.sync_enrollee(enrollee)
        count += 1
    return count


@shared_task
def sync_ice_contacts() -> int:
    count = 0
    for contact in EmergencyContact.objects.select_related("enrollee").iterator():
        services.push_ice_contact(contact)
        count += 1
    return count


@shared_task
def nightly_referrals() -> int:
    candidates = Enrollee.objects.filter(is_active=True, has_open_appeal=False)
    return services.refer_batch(candidates)


@shared_task(autoretry_for=(ConnectionError,), retry_backoff=True)
def refer_one(enrollee_id: int) -> bool:
    enrollee = Enrollee.objects.get(pk=enrollee_id)
    return services.refer_enrollee(enrollee)


@shared_task
def forward_intake(payload: dict) -> None:
    services.refer_from_intake(payload)
