"""Celery task that pushes enrollee records to an enforcement API (violating: whole records)."""

import httpx
from celery import shared_task
from django.conf import settings

from eligibility.models import Enrollee


@shared_task
def push_enrollees(batch_ids):
    rows = [vars(e) for e in Enrollee.objects.filter(pk__in=batch_ids)]
    with httpx.Client(base_url=settings.DHS_ENFORCEMENT_BASE_URL, timeout=30) as client:
        client.post("/enrollees/bulk", json={"records": rows, "batch_id": str(batch_ids[0])})
